import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";

/**
 * Gives every empty paragraph (or heading, or list item's paragraph) this person creates an empty
 * text node in the Yjs document at once, so that whoever types in it first writes into that one.
 *
 * Without it a new paragraph is an element with no children, and two people who start typing in it
 * at the same time each create their own text node. ProseMirror shows one text; the binding then
 * folds one person's node into the other's by deleting and re-inserting their letters, in two
 * separate updates: a third screen that receives only the first has both copies, and its next
 * keystroke writes both back ("…sixB"). With one shared text node from the start, the two people
 * simply insert into it, and each one's letters stay together.
 *
 * Returns the function that stops watching.
 */
export function watchNewTextblocks(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  isTextblock: (nodeName: string) => boolean,
  origin: unknown,
): () => void {
  const onObserverCalls = (transaction: Y.Transaction) => {
    // Only this editor's own writes: a remote paragraph is its author's to fill.
    if (!transaction.local || transaction.origin !== origin) return;
    const empty = emptyTextblocksCreatedIn(transaction, fragment, isTextblock);
    if (empty.length === 0) return;
    doc.transact(() => {
      for (const block of empty) if (block.length === 0) block.insert(0, [new Y.XmlText()]);
    }, origin);
  };
  doc.on("beforeObserverCalls", onObserverCalls);
  return () => doc.off("beforeObserverCalls", onObserverCalls);
}

function emptyTextblocksCreatedIn(
  transaction: Y.Transaction,
  fragment: Y.XmlFragment,
  isTextblock: (nodeName: string) => boolean,
): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const visit = (element: Y.XmlElement) => {
    if (element.length === 0 && isTextblock(element.nodeName)) found.push(element);
    for (const child of element.toArray()) if (child instanceof Y.XmlElement) visit(child);
  };
  // New elements are not in `changed` themselves (Yjs records only types that existed before the
  // transaction), but the element they were inserted into is.
  for (const parent of transaction.changed.keys()) {
    if (!(parent instanceof Y.XmlFragment) || !within(parent, fragment)) continue;
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlElement && createdIn(transaction, child)) visit(child);
    }
  }
  return found;
}

function within(type: Y.XmlFragment, fragment: Y.XmlFragment): boolean {
  return type === fragment || (type._item !== null && Y.isParentOf(fragment, type._item));
}

function createdIn(transaction: Y.Transaction, type: Y.XmlElement): boolean {
  const id = type._item?.id;
  return !!id && id.clock >= (transaction.beforeState.get(id.client) ?? 0);
}

/** The editor side: watches the fragment the Collaboration extension binds, with the editor's schema. */
export const TextInNewBlocks = Extension.create({
  name: "textInNewBlocks",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("textInNewBlocks"),
        view(view) {
          const sync = ySyncPluginKey.getState(view.state) as { doc: Y.Doc; type: Y.XmlFragment } | undefined;
          if (!sync) return {};
          const { schema } = view.state;
          const stop = watchNewTextblocks(
            sync.doc,
            sync.type,
            (name) => !!schema.nodes[name]?.isTextblock,
            // The binding writes every local edit with this origin; the undo manager tracks it too, so
            // undoing a new paragraph takes its empty text node with it.
            ySyncPluginKey,
          );
          return { destroy: stop };
        },
      }),
    ];
  },
});
