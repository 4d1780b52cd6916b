import type { Author, BoardModel } from "@oppdag/shared";
import { useEffect } from "react";
import type * as Y from "yjs";
import { useUiStore } from "../stores/uiStore";
import { boardActions } from "./actions";

interface Options {
  doc: Y.Doc;
  model: BoardModel;
  selected: ReadonlySet<string>;
  setSelected(ids: Set<string>): void;
  undoManager: Y.UndoManager;
  author: Author;
  canEdit: boolean;
  step<T>(change: () => T): T;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Undo, redo, copy, paste, duplicate and escape on the board; text fields keep their own keys. */
export function useBoardKeyboard({
  doc,
  model,
  selected,
  setSelected,
  undoManager,
  author,
  canEdit,
  step,
}: Options): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (e.key === "Escape") {
        setSelected(new Set());
        return;
      }
      // Enter edits the one selected card: the keyboard way to what double-click does.
      if (e.key === "Enter" && canEdit && selected.size === 1) {
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
        setSelected(new Set(step(() => boardActions.paste(doc, author, clip))));
        // The next paste of the same copy lands further along instead of on top.
        useUiStore
          .getState()
          .set({ clipboard: { ...clip, cards: clip.cards.map((c) => ({ ...c, x: c.x + 32, y: c.y + 32 })) } });
      } else if (key === "d") {
        const clip = boardActions.copy(model, new Set(selected));
        if (!clip) return;
        e.preventDefault();
        setSelected(new Set(step(() => boardActions.paste(doc, author, clip))));
      } else if (key === "a") {
        e.preventDefault();
        setSelected(new Set(model.cards.map((c) => c.id)));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doc, model, selected, setSelected, undoManager, author, canEdit, step]);
}
