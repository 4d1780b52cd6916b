import type { ActionStatus, ActorGroup, CardKind } from "@oppdag/shared";
import { create } from "zustand";

/** A copied selection, kept in memory so paste works without clipboard permissions. */
export interface BoardClipboard {
  cards: Array<{ id: string; kind: CardKind; text: string; x: number; y: number; w: number; h: number; color: string }>;
  links: Array<{ source: string; target: string; label: string }>;
}

/** This person's filter of the action plan; it changes nobody else's view. */
export interface PlanFilter {
  status: ActionStatus | "all";
  group: ActorGroup | "all";
}

interface UiState {
  notesOpen: boolean;
  peopleOpen: boolean;
  shareOpen: boolean;
  /** The card whose text is being edited here (focus moves to it). */
  editingId: string | null;
  /** The link whose label is being edited here. */
  editingLinkId: string | null;
  clipboard: BoardClipboard | null;
  /** Which panel shows beside the board. */
  sideTab: "notes" | "plan" | "list";
  /** Cards and links to select and bring into view (from the action plan's "show on board"). */
  focusIds: string[] | null;
  /** The action plan as a numbered list or on the impact × feasibility matrix. */
  planView: "list" | "matrix";
  planFilter: PlanFilter;
  set(partial: Partial<Omit<UiState, "set">>): void;
}

const wide = typeof window !== "undefined" && window.matchMedia?.("(min-width: 900px)").matches;

export const useUiStore = create<UiState>((set) => ({
  notesOpen: !!wide,
  peopleOpen: false,
  shareOpen: false,
  editingId: null,
  editingLinkId: null,
  clipboard: null,
  sideTab: "notes",
  focusIds: null,
  planView: "list",
  planFilter: { status: "all", group: "all" },
  set: (partial) => set(partial),
}));
