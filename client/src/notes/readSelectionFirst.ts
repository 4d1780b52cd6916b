import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";

/** The part of ProseMirror's (internal) DOM observer used here. */
interface DOMObserver {
  flush(): void;
  pendingRecords(): readonly MutationRecord[];
}

/**
 * Makes the editor take in where the browser has put the caret before it acts on its own idea of it.
 *
 * ProseMirror learns about caret moves the browser makes itself (a click, End, arrow keys) from the
 * `selectionchange` event, which Chrome delivers as a separate task: under load a few keystrokes or
 * a network message can come first. Until then the editor's selection is the one from before the
 * move, and:
 * - a key the editor handles itself acts there: End then Enter at once split the paragraph where the
 *   click had put the caret, in front of the final period ("Mötet hölls i Växjö" / ".");
 * - someone else's edit or caret move re-renders the notes and writes that old selection back into
 *   the page, which undoes the person's own move.
 * So the editor reads the page (ProseMirror's own DOM-observer flush, as on `selectionchange`) first
 * on every key press and before someone else's change or caret is shown.
 *
 * Registered before the Collaboration plugins (higher priority), so it reads the page before the
 * binding records the caret for a remote change and before the caret plugin re-renders.
 */
export const ReadSelectionFirst = Extension.create<{ awareness: Awareness | null }>({
  name: "readSelectionFirst",
  priority: 1001,

  addOptions() {
    return { awareness: null };
  },

  addProseMirrorPlugins() {
    const { awareness } = this.options;
    return [
      new Plugin({
        key: new PluginKey("readSelectionFirst"),
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              // 229: a key that belongs to an input method's composition, which the browser handles.
              if (event.keyCode !== 229) readPage(view, true);
              return false;
            },
          },
        },
        view(view) {
          const sync = ySyncPluginKey.getState(view.state) as { doc: Y.Doc } | undefined;
          const beforeRemoteChange = (doc: Y.Doc) => {
            if (doc._transaction && !doc._transaction.local) readPage(view, false);
          };
          const beforeRemoteCaret = (_changes: unknown, origin: unknown) => {
            if (origin !== "local") readPage(view, false);
          };
          sync?.doc.on("beforeAllTransactions", beforeRemoteChange);
          awareness?.on("change", beforeRemoteCaret);
          return {
            destroy() {
              sync?.doc.off("beforeAllTransactions", beforeRemoteChange);
              awareness?.off("change", beforeRemoteCaret);
            },
          };
        },
      }),
    ];
  },
});

/**
 * Lets ProseMirror read the page now. With `withTyping` false it only reads a caret move: typed text
 * it has not read yet would be written to Yjs inside someone else's transaction and never be sent
 * (it never happened in our traces; ProseMirror reads typing in the same task as the key press).
 */
function readPage(view: EditorView, withTyping: boolean) {
  if (view.composing || !view.hasFocus()) return;
  const observer = (view as unknown as { domObserver?: Partial<DOMObserver> }).domObserver;
  if (!observer?.flush || !observer.pendingRecords) return;
  if (!withTyping && observer.pendingRecords().length > 0) return;
  observer.flush();
}
