import type { BoardModel } from "@oppdag/shared";
import { useEffect } from "react";
import type * as Y from "yjs";
import { useUiStore } from "../stores/uiStore";
import { boardActions, PASTE_OFFSET } from "./actions";
import type { BoardActions } from "./useBoardActions";

interface Options {
  model: BoardModel;
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  undoManager: Y.UndoManager;
  canEdit: boolean;
  actions: BoardActions;
}

/** Whether a key press goes into a text field, which keeps its own keys. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Undo, redo, copy, paste, duplicate and escape on the board; text fields keep their own keys. */
export function useBoardKeyboard({ model, selected, setSelected, undoManager, canEdit, actions }: Options): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog's keys are its own (Escape closes it, and must not clear the selection too).
      if (isTyping(e.target) || (e.target instanceof Element && e.target.closest("dialog"))) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (e.key === "Escape") {
        setSelected(new Set());
        return;
      }
      // Enter edits the one selected card: the keyboard way to what double-click does. Not on a
      // button or link (the card's own toolbar among them): Enter there presses it.
      const onControl = e.target instanceof Element && !!e.target.closest("button, a[href], [role=button], select");
      if (e.key === "Enter" && canEdit && selected.size === 1 && !onControl) {
        const [id] = selected;
        if (model.cards.some((c) => c.id === id)) {
          e.preventDefault();
          useUiStore.getState().set({ editingId: id as string });
        }
        return;
      }
      if (!mod || !canEdit) return;
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        undoManager.undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        undoManager.redo();
      } else if (key === "c") {
        const clip = boardActions.copy(model, new Set(selected));
        if (clip) useUiStore.getState().set({ clipboard: clip });
      } else if (key === "v") {
        const clip = useUiStore.getState().clipboard;
        if (!clip) return;
        e.preventDefault();
        // Pasted cards go where any new card goes: during a private round, into drafts.
        actions.addCards({ type: "copies", clip });
        // The next paste of the same copy lands further along instead of on top.
        const further = clip.cards.map((c) => ({ ...c, x: c.x + PASTE_OFFSET, y: c.y + PASTE_OFFSET }));
        useUiStore.getState().set({ clipboard: { ...clip, cards: further } });
      } else if (key === "d") {
        const clip = boardActions.copy(model, new Set(selected));
        if (!clip) return;
        e.preventDefault();
        actions.addCards({ type: "copies", clip });
      } else if (key === "a") {
        e.preventDefault();
        setSelected(new Set(model.cards.map((c) => c.id)));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [model, selected, setSelected, undoManager, canEdit, actions]);
}
