import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ReplaceStep } from "@tiptap/pm/transform";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";

/** What the sync plugin keeps in its state (the parts used here). */
interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  snapshot: unknown;
  prevSnapshot: unknown;
  binding: { mux: (f: () => void) => void; mapping: Map<unknown, unknown> } | null;
}

/** This editor's last own edit, when it was a single step. */
interface LocalEdit {
  before: PMNode;
  after: PMNode;
  step: ReplaceStep;
}

const key = new PluginKey<LocalEdit | null>("typedInPlace");

/** Stands for an inline node (a hard break) when comparing a paragraph's content. */
const INLINE_NODE = "\uFFFC";

/**
 * Writes this person's typing into the Yjs document exactly where it happened in the paragraph.
 *
 * The binding (y-tiptap 3.0.9, `updateYText`) does not look at the edit: it compares the paragraph's
 * old and new text and takes the longest common beginning, so a letter typed next to the same letter
 * is recorded after the whole run of them. The text reads the same, but the letter is not where the
 * writer put it: a space typed right in front of someone else's space at the end of a paragraph is
 * written after theirs, the writer's caret (a Yjs position) then stands after the other person's
 * space, and everything else the writer types goes in before their own space ("…Växjö. Alpha one
 * two threeBravo four five six "). So a local edit that changes text inside one paragraph is written
 * here, at its place, just before the binding looks; the binding then finds the text up to date and
 * only brings the formatting in line. Anything else (new paragraphs, several steps at once, a
 * paragraph that is not exactly what the editor shows) is left to the binding as before.
 *
 * Runs before the Collaboration extension's plugins (higher priority), so its view update comes
 * before the binding's.
 */
export const TypedInPlace = Extension.create({
  name: "typedInPlace",
  priority: 1001,

  addProseMirrorPlugins() {
    return [
      new Plugin<LocalEdit | null>({
        key,
        state: {
          init: () => null,
          apply(tr, value) {
            if (!tr.docChanged) return value;
            const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
            const step = tr.steps[0];
            // Edits kept out of the undo history are the binding's to write (it tells the undo manager).
            if (meta?.isChangeOrigin || tr.getMeta("addToHistory") === false) return null;
            if (tr.steps.length !== 1 || !(step instanceof ReplaceStep)) return null;
            return { before: tr.before, after: tr.doc, step };
          },
        },
        view: () => ({
          update(view, prevState) {
            const edit = key.getState(view.state);
            // Only the edit that brought the editor from its previous state to this one.
            if (!edit || edit.before !== prevState.doc || edit.after !== view.state.doc) return;
            const sync = ySyncPluginKey.getState(view.state) as SyncState | undefined;
            if (!sync?.binding || sync.snapshot != null || sync.prevSnapshot != null) return;
            writeInPlace(sync as SyncState & { binding: NonNullable<SyncState["binding"]> }, edit);
          },
        }),
      }),
    ];
  },
});

function writeInPlace(sync: SyncState & { binding: NonNullable<SyncState["binding"]> }, edit: LocalEdit) {
  const { step, before } = edit;
  const $from = before.resolve(step.from);
  const $to = before.resolve(step.to);
  const block = $from.parent;
  if (!block.isTextblock || !$from.sameParent($to) || step.slice.openStart !== 0 || step.slice.openEnd !== 0) return;
  let text = "";
  let onlyText = true;
  step.slice.content.forEach((node) => {
    if (node.isText) text += node.text ?? "";
    else onlyText = false;
  });
  if (!onlyText || (text === "" && step.from === step.to)) return;

  // The Yjs element of the paragraph: found through the binding's own mapping, level by level.
  let yParent: Y.XmlFragment = sync.type;
  for (let depth = 1; depth <= $from.depth; depth++) {
    const node = $from.node(depth);
    const match = yParent.toArray().find((y) => sync.binding.mapping.get(y) === node);
    if (!(match instanceof Y.XmlElement)) return;
    yParent = match;
  }

  // The paragraph in Yjs must hold exactly what the editor held before the edit.
  const parts: Array<{ start: number; length: number; text: Y.XmlText | null }> = [];
  let yContent = "";
  for (const child of yParent.toArray()) {
    if (child instanceof Y.XmlText) {
      let str = "";
      for (const op of child.toDelta() as Array<{ insert: unknown }>) {
        if (typeof op.insert !== "string") return;
        str += op.insert;
      }
      parts.push({ start: yContent.length, length: str.length, text: child });
      yContent += str;
    } else {
      parts.push({ start: yContent.length, length: 1, text: null });
      yContent += INLINE_NODE;
    }
  }
  let pmContent = "";
  let leavesOnly = true;
  block.forEach((node) => {
    if (node.isText) pmContent += node.text ?? "";
    else if (node.isLeaf) pmContent += INLINE_NODE;
    else leavesOnly = false;
  });
  if (!leavesOnly || pmContent !== yContent) return;

  const from = $from.parentOffset;
  const to = $to.parentOffset;
  const part = parts.find((p) => p.text && p.start <= from && to <= p.start + p.length);
  if (!part?.text) return;
  const ytext = part.text;
  // The binding's lock: its own observer must not re-render the editor from this half-written state.
  sync.binding.mux(() => {
    sync.doc.transact(() => {
      if (to > from) ytext.delete(from - part.start, to - from);
      if (text) ytext.insert(from - part.start, text);
    }, ySyncPluginKey);
  });
}
