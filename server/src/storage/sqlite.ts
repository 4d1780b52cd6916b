import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { InviteRow, ParticipantRow, Storage, WorkshopRow } from "./types";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  region TEXT,
  language TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS invites (
  token_hash TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS invites_workshop ON invites(workshop_id);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  actor_group TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE INDEX IF NOT EXISTS participants_workshop ON participants(workshop_id);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_workshop ON doc_updates(workshop_id, seq);
CREATE TABLE IF NOT EXISTS session_state (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;

interface ParticipantDbRow {
  id: string;
  workshop_id: string;
  name: string;
  actor_group: string;
  role: string;
  organisation: string | null;
  created_at: string;
  removed_at: string | null;
}

function toParticipant(r: ParticipantDbRow): ParticipantRow {
  return {
    id: r.id,
    workshopId: r.workshop_id,
    name: r.name,
    actorGroup: r.actor_group as ParticipantRow["actorGroup"],
    role: r.role as ParticipantRow["role"],
    organisation: r.organisation ?? "",
    createdAt: r.created_at,
    removedAt: r.removed_at,
  };
}

/**
 * The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so a batch
 * append is one short FULL-synchronous commit on the event loop (about 0.2 ms here).
 */
export function openSqliteStorage(dataDir: string, synchronous: "FULL" | "NORMAL" = "FULL"): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, "oppdag.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Erased names and deleted workshops are overwritten in the file, not just unlinked (personal data).
  db.pragma("secure_delete = ON");
  db.exec(SCHEMA);
  // Added after the first release: when the workshop was last used, for the retention period.
  const columns = db.prepare("PRAGMA table_info(workshops)").all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === "last_active_at")) {
    db.exec("ALTER TABLE workshops ADD COLUMN last_active_at TEXT; UPDATE workshops SET last_active_at = created_at;");
  }
  // Added with issue 14: the organisation people give when they join.
  const participantColumns = db.prepare("PRAGMA table_info(participants)").all() as Array<{ name: string }>;
  if (!participantColumns.some((c) => c.name === "organisation")) {
    db.exec("ALTER TABLE participants ADD COLUMN organisation TEXT");
  }

  const q = {
    insertWorkshop: db.prepare(
      "INSERT INTO workshops (id, title, region, language, created_at) VALUES (@id, @title, @region, @language, @createdAt)",
    ),
    insertInvite: db.prepare("INSERT INTO invites (token_hash, workshop_id, role) VALUES (?, ?, ?)"),
    getWorkshop: db.prepare("SELECT id, title, region, language, created_at FROM workshops WHERE id = ?"),
    renameWorkshop: db.prepare("UPDATE workshops SET title = ? WHERE id = ?"),
    findInvite: db.prepare(
      "SELECT workshop_id, role, token_hash, revoked_at FROM invites WHERE token_hash = ? AND workshop_id = ?",
    ),
    insertParticipant: db.prepare(
      "INSERT INTO participants (id, workshop_id, token_hash, name, actor_group, role, organisation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    participantByToken: db.prepare("SELECT * FROM participants WHERE token_hash = ? AND workshop_id = ?"),
    participantById: db.prepare("SELECT * FROM participants WHERE id = ? AND workshop_id = ?"),
    listParticipants: db.prepare("SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, id"),
    removeParticipant: db.prepare(
      "UPDATE participants SET removed_at = ? WHERE id = ? AND workshop_id = ? AND removed_at IS NULL",
    ),
    loadDoc: db.prepare("SELECT seq, data FROM doc_updates WHERE workshop_id = ? ORDER BY seq"),
    appendUpdate: db.prepare("INSERT INTO doc_updates (workshop_id, data) VALUES (?, ?)"),
    deleteThrough: db.prepare("DELETE FROM doc_updates WHERE workshop_id = ? AND seq <= ?"),
    setRole: db.prepare("UPDATE participants SET role = ? WHERE id = ? AND workshop_id = ?"),
    // The organisation goes with the name: together they point at one person.
    eraseName: db.prepare("UPDATE participants SET name = '', organisation = '' WHERE id = ? AND workshop_id = ?"),
    touch: db.prepare("UPDATE workshops SET last_active_at = ? WHERE id = ?"),
    inactive: db.prepare("SELECT id FROM workshops WHERE COALESCE(last_active_at, created_at) < ? ORDER BY id"),
    loadSession: db.prepare("SELECT data FROM session_state WHERE workshop_id = ?"),
    insertTemplate: db.prepare("INSERT INTO templates (id, data, created_at) VALUES (?, ?, ?)"),
    listTemplates: db.prepare("SELECT data FROM templates ORDER BY created_at, id"),
    getTemplate: db.prepare("SELECT data FROM templates WHERE id = ?"),
    countTemplates: db.prepare("SELECT COUNT(*) AS n FROM templates"),
    saveSession: db.prepare(
      "INSERT INTO session_state (workshop_id, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(workshop_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
    ),
  };

  const replaceInvite = db.transaction((workshopId: string, role: string, newHash: string | null, at: string) => {
    db.prepare("UPDATE invites SET revoked_at = ? WHERE workshop_id = ? AND role = ? AND revoked_at IS NULL").run(
      at,
      workshopId,
      role,
    );
    if (newHash) q.insertInvite.run(newHash, workshopId, role);
  });

  // The document log has no foreign key (it is the hot path), so it is deleted by hand.
  const deleteAll = db.transaction((workshopId: string) => {
    db.prepare("DELETE FROM doc_updates WHERE workshop_id = ?").run(workshopId);
    db.prepare("DELETE FROM session_state WHERE workshop_id = ?").run(workshopId);
    db.prepare("DELETE FROM participants WHERE workshop_id = ?").run(workshopId);
    db.prepare("DELETE FROM invites WHERE workshop_id = ?").run(workshopId);
    db.prepare("DELETE FROM workshops WHERE id = ?").run(workshopId);
  });

  const appendMany = db.transaction((batch: ReadonlyArray<{ workshopId: string; update: Uint8Array }>) => {
    const last = new Map<string, number>();
    for (const { workshopId, update } of batch) {
      const info = q.appendUpdate.run(workshopId, update);
      last.set(workshopId, Number(info.lastInsertRowid));
    }
    return last;
  });
  const compact = db.transaction((workshopId: string, snapshot: Uint8Array, throughSeq: number) => {
    q.appendUpdate.run(workshopId, snapshot);
    q.deleteThrough.run(workshopId, throughSeq);
  });
  const createWorkshop = db.transaction((w: WorkshopRow, invites: ReadonlyArray<Omit<InviteRow, "revokedAt">>) => {
    q.insertWorkshop.run(w);
    for (const invite of invites) q.insertInvite.run(invite.tokenHash, w.id, invite.role);
  });

  return {
    async loadDoc(workshopId) {
      const rows = q.loadDoc.all(workshopId) as { seq: number; data: Buffer }[];
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.length > 0 ? (rows[rows.length - 1] as { seq: number }).seq : 0,
      };
    },
    async appendUpdates(batch) {
      return appendMany(batch);
    },
    async compactDoc(workshopId, snapshot, throughSeq) {
      compact(workshopId, snapshot, throughSeq);
    },
    async createWorkshop(workshop, invites) {
      createWorkshop(workshop, invites);
    },
    async getWorkshop(id) {
      const r = q.getWorkshop.get(id) as
        | { id: string; title: string; region: string | null; language: string; created_at: string }
        | undefined;
      return r
        ? {
            id: r.id,
            title: r.title,
            region: r.region,
            language: r.language as WorkshopRow["language"],
            createdAt: r.created_at,
          }
        : null;
    },
    async renameWorkshop(id, title) {
      q.renameWorkshop.run(title, id);
    },
    async findInvite(workshopId, tokenHash) {
      const r = q.findInvite.get(tokenHash, workshopId) as
        | { workshop_id: string; role: string; token_hash: string; revoked_at: string | null }
        | undefined;
      return r
        ? {
            workshopId: r.workshop_id,
            role: r.role as InviteRow["role"],
            tokenHash: r.token_hash,
            revokedAt: r.revoked_at,
          }
        : null;
    },
    async addParticipant(p, tokenHash) {
      q.insertParticipant.run(p.id, p.workshopId, tokenHash, p.name, p.actorGroup, p.role, p.organisation, p.createdAt);
    },
    async findParticipantByToken(workshopId, tokenHash) {
      const r = q.participantByToken.get(tokenHash, workshopId) as ParticipantDbRow | undefined;
      return r ? toParticipant(r) : null;
    },
    async getParticipant(workshopId, participantId) {
      const r = q.participantById.get(participantId, workshopId) as ParticipantDbRow | undefined;
      return r ? toParticipant(r) : null;
    },
    async listParticipants(workshopId) {
      return (q.listParticipants.all(workshopId) as ParticipantDbRow[]).map(toParticipant);
    },
    async removeParticipant(workshopId, participantId, at) {
      q.removeParticipant.run(at, participantId, workshopId);
    },
    async replaceInvite(workshopId, role, newTokenHash, at) {
      replaceInvite(workshopId, role, newTokenHash, at);
    },
    async eraseParticipantName(workshopId, participantId) {
      q.eraseName.run(participantId, workshopId);
    },
    async deleteWorkshop(workshopId) {
      deleteAll(workshopId);
    },
    async touchWorkshop(workshopId, at) {
      q.touch.run(at, workshopId);
    },
    async listInactiveWorkshops(before) {
      return (q.inactive.all(before) as Array<{ id: string }>).map((r) => r.id);
    },
    async setParticipantRole(workshopId, participantId, role) {
      q.setRole.run(role, participantId, workshopId);
    },
    async loadSessionState(workshopId) {
      const row = q.loadSession.get(workshopId) as { data: string } | undefined;
      return row ? JSON.parse(row.data) : null;
    },
    async saveSessionState(workshopId, state) {
      q.saveSession.run(workshopId, JSON.stringify(state), new Date().toISOString());
    },
    async saveTemplate(id, template, createdAt) {
      q.insertTemplate.run(id, JSON.stringify(template), createdAt);
    },
    async listTemplates() {
      return (q.listTemplates.all() as Array<{ data: string }>).map((r) => JSON.parse(r.data));
    },
    async getTemplate(id) {
      const row = q.getTemplate.get(id) as { data: string } | undefined;
      return row ? JSON.parse(row.data) : null;
    },
    async countTemplates() {
      return (q.countTemplates.get() as { n: number }).n;
    },
    async close() {
      db.close();
    },
  };
}
