import { Extension } from "@tiptap/core";
import { type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from "@tiptap/pm/state";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** What the sync plugin keeps in its state: the bound fragment and its Yjs ↔ ProseMirror mapping. */
interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Parameters<typeof relativePositionToAbsolutePosition>[3] } | null;
}

interface CaretAnchors {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

const key = new PluginKey("keepCaret");

/**
 * Keeps this person's caret where the CRDT says it is when someone else's edit arrives.
 *
 * y-tiptap 3.0.9 resolves the caret's Yjs relative position after a remote change, then second-guesses
 * it: whenever the text of the caret's paragraph changed (which is every time someone types in the
 * same paragraph) it calls the position "misresolved" and places the caret by matching paragraph
 * text and keeping the old offset instead (a recovery meant for blocks dragged elsewhere). Two people
 * typing at the end of one paragraph put two characters at that offset, and the heuristic puts one
 * writer's caret in front of their own character, so their next letters land before it
 * ("…Växjö.ästa steg…N"). Two people who pressed Enter at the end of one paragraph each get an empty
 * paragraph, and the heuristic sends one of them into the other's. It also compares against a stale
 * offset when one Yjs transaction re-renders twice (as when the binding merges two writers' text
 * nodes in a fresh paragraph). No newer y-tiptap is available to us, so this plugin records the
 * caret as relative positions before each Yjs transaction and, after a remote change, puts it back
 * where they resolve. Where they no longer resolve, the binding's choice stands.
 */
export const KeepCaret = Extension.create({
  name: "keepCaret",

  addProseMirrorPlugins() {
    let before: CaretAnchors | null = null;
    return [
      new Plugin({
        key,
        view(view) {
          const sync = ySyncPluginKey.getState(view.state) as SyncState | undefined;
          if (!sync) return {};
          const record = () => {
            before = anchorsOf(view.state);
          };
          const forget = () => {
            before = null;
          };
          sync.doc.on("beforeAllTransactions", record);
          sync.doc.on("afterAllTransactions", forget);
          return {
            destroy() {
              sync.doc.off("beforeAllTransactions", record);
              sync.doc.off("afterAllTransactions", forget);
            },
          };
        },
        appendTransaction(transactions, _oldState, state) {
          if (!before || !transactions.some(isRemoteChange)) return null;
          const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
          if (!sync?.binding) return null;
          const anchor = resolve(sync, before.anchor, state);
          const head = resolve(sync, before.head, state);
          if (anchor === null || head === null) return null;
          if (state.selection.anchor === anchor && state.selection.head === head) return null;
          const selection = TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
          // Marked as part of the remote change, so the sync and caret plugins treat it as one.
          return state.tr
            .setSelection(selection)
            .setMeta(ySyncPluginKey, { isChangeOrigin: true })
            .setMeta("addToHistory", false);
        },
      }),
    ];
  },
});

/** A document change that came from Yjs (someone else's edit), not an undo or redo. */
function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
  return tr.docChanged && !!meta?.isChangeOrigin && !meta.isUndoRedoOperation;
}

/** The text caret or selection as Yjs relative positions, or null for node and whole-document selections. */
function anchorsOf(state: EditorState): CaretAnchors | null {
  if (!(state.selection instanceof TextSelection)) return null;
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  if (!sync?.binding) return null;
  try {
    return {
      anchor: absolutePositionToRelativePosition(state.selection.anchor, sync.type, sync.binding.mapping),
      head: absolutePositionToRelativePosition(state.selection.head, sync.type, sync.binding.mapping),
    };
  } catch {
    // The editor can be a step ahead of Yjs (a local edit being written): nothing to keep then.
    return null;
  }
}

/** Where a relative position is now; null leaves the binding's choice. */
function resolve(sync: SyncState, position: Y.RelativePosition, state: EditorState): number | null {
  if (!sync.binding) return null;
  const pos = relativePositionToAbsolutePosition(sync.doc, sync.type, position, sync.binding.mapping);
  if (pos === null || pos < 0 || pos > state.doc.content.size) return null;
  return pos;
}
