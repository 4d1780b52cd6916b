import { type BoardRights, boardRights, type Role, restrictedZone } from "@oppdag/shared";
import type { Storage } from "../storage/types";
import { initialSessionState, type SessionState } from "./state";

/**
 * Owns each workshop's session-control state: cached in memory, saved to storage before anyone is
 * told about a change, and changed one request at a time per workshop.
 */
export class SessionService {
  private readonly cache = new Map<string, SessionState>();
  private readonly chains = new Map<string, Promise<unknown>>();
  /** Current roles of people whose role changed since they connected. */
  private readonly roles = new Map<string, Role>();
  /** Workshops inside `together`, and those of them changed meanwhile (told once at the end). */
  private readonly holds = new Map<string, number>();
  private readonly held = new Set<string>();

  /** Set by the control channel: pushes the new state to everyone in the workshop. */
  onChange: (workshopId: string) => void = () => {};

  constructor(private readonly storage: Storage) {}

  async get(workshopId: string): Promise<SessionState> {
    const cached = this.cache.get(workshopId);
    if (cached) return cached;
    const stored = (await this.storage.loadSessionState(workshopId)) as Partial<SessionState> | null;
    const state = { ...initialSessionState(), ...(stored ?? {}) };
    // Another request may have loaded it meanwhile; keep the first copy.
    const winner = this.cache.get(workshopId) ?? state;
    this.cache.set(workshopId, winner);
    return winner;
  }

  /** Synchronous read for the sync channel's hot path; undefined until loaded. */
  peek(workshopId: string): SessionState | undefined {
    return this.cache.get(workshopId);
  }

  /** Runs a change after every earlier change of this workshop, saves it, then broadcasts. */
  update<T>(workshopId: string, change: (state: SessionState) => T | Promise<T>): Promise<T> {
    const previous = this.chains.get(workshopId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const state = await this.get(workshopId);
        const result = await change(state);
        await this.storage.saveSessionState(workshopId, state);
        if (this.holds.has(workshopId)) this.held.add(workshopId);
        else this.onChange(workshopId);
        return result;
      });
    this.chains.set(workshopId, next);
    return next;
  }

  /**
   * Runs a command made of several changes (a phase change: reveal, close, start) so the room is
   * told once, after the last, instead of once per step. Each change is still saved as it happens.
   */
  async together<T>(workshopId: string, run: () => Promise<T>): Promise<T> {
    this.holds.set(workshopId, (this.holds.get(workshopId) ?? 0) + 1);
    try {
      return await run();
    } finally {
      const left = (this.holds.get(workshopId) ?? 1) - 1;
      if (left > 0) this.holds.set(workshopId, left);
      else {
        this.holds.delete(workshopId);
        if (this.held.delete(workshopId)) this.onChange(workshopId);
      }
    }
  }

  setRole(participantId: string, role: Role): void {
    this.roles.set(participantId, role);
  }

  private roleOf(participantId: string, fallback: Role): Role {
    return this.roles.get(participantId) ?? fallback;
  }

  /** What the sync channel lets this person do to the board right now (role, lock, private round). */
  rightsOf(workshopId: string, participantId: string, fallbackRole: Role): BoardRights {
    const role = this.roleOf(participantId, fallbackRole);
    // Not loaded yet means not answered yet: refuse rather than let a locked board through.
    const state = this.cache.get(workshopId);
    if (!state) return boardRights(role, { locked: true, privateRound: true });
    const rights = boardRights(role, state);
    return role === "participant" ? { ...rights, onlyInZone: restrictedZone(state.groups, participantId) } : rights;
  }

  /** Forgets a workshop's cached state (it stays stored). */
  evict(workshopId: string): void {
    this.cache.delete(workshopId);
    this.chains.delete(workshopId);
  }
}
