import type { ActorGroup, Language, Role } from "@oppdag/shared";

/**
 * Storage sits behind this one interface so PostgreSQL can replace SQLite without the sync or
 * control code noticing. Methods are async because the PostgreSQL driver is.
 */
export interface Storage extends DocStore, WorkshopStore, TemplateStore {
  close(): Promise<void>;
}

/** The Yjs update log of each workshop, plus compacted snapshots. */
export interface DocStore {
  /** Every stored update of a document (snapshot rows and log rows) and the highest seq. */
  loadDoc(workshopId: string): Promise<{ updates: Uint8Array[]; lastSeq: number }>;
  /** Appends updates of any number of documents in ONE transaction; resolves once durable. */
  appendUpdates(batch: ReadonlyArray<{ workshopId: string; update: Uint8Array }>): Promise<Map<string, number>>;
  /** Replaces rows up to throughSeq with one merged snapshot, atomically. */
  compactDoc(workshopId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

export interface WorkshopRow {
  id: string;
  title: string;
  region: string | null;
  language: Language;
  createdAt: string;
}

export interface ParticipantRow {
  id: string;
  workshopId: string;
  name: string;
  actorGroup: ActorGroup;
  role: Role;
  /** The organisation they gave when joining; empty when none. */
  organisation: string;
  createdAt: string;
  removedAt: string | null;
}

export interface InviteRow {
  workshopId: string;
  role: Role;
  tokenHash: string;
  revokedAt: string | null;
}

export interface WorkshopStore {
  createWorkshop(workshop: WorkshopRow, invites: ReadonlyArray<Omit<InviteRow, "revokedAt">>): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRow | null>;
  renameWorkshop(id: string, title: string): Promise<void>;
  findInvite(workshopId: string, tokenHash: string): Promise<InviteRow | null>;
  /** Revokes a role's current invite links and, given a new hash, adds its replacement, in one transaction. */
  replaceInvite(workshopId: string, role: Role, newTokenHash: string | null, at: string): Promise<void>;
  addParticipant(participant: ParticipantRow, tokenHash: string): Promise<void>;
  findParticipantByToken(workshopId: string, tokenHash: string): Promise<ParticipantRow | null>;
  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRow | null>;
  listParticipants(workshopId: string): Promise<ParticipantRow[]>;
  removeParticipant(workshopId: string, participantId: string, at: string): Promise<void>;
  setParticipantRole(workshopId: string, participantId: string, role: Role): Promise<void>;
  /** Replaces a participant's name with "" for good; their contributions keep their actor group. */
  eraseParticipantName(workshopId: string, participantId: string): Promise<void>;
  /** Deletes a workshop and everything in it (document, session, people, invites) in one transaction. */
  deleteWorkshop(workshopId: string): Promise<void>;
  /** Records that someone used the workshop now (the retention clock starts again). */
  touchWorkshop(workshopId: string, at: string): Promise<void>;
  /** Workshops nobody has used since `before` (ISO time). */
  listInactiveWorkshops(before: string): Promise<string[]>;
  /** Session control state (phases, timer, lock, votes with ballots, drafts) as one JSON value. */
  loadSessionState(workshopId: string): Promise<unknown | null>;
  saveSessionState(workshopId: string, state: unknown): Promise<void>;
}

/** Templates facilitators saved from their workshops (shared/src/templates/saved.ts), as JSON. */
export interface TemplateStore {
  saveTemplate(id: string, template: unknown, createdAt: string): Promise<void>;
  listTemplates(): Promise<unknown[]>;
  getTemplate(id: string): Promise<unknown | null>;
  countTemplates(): Promise<number>;
}
