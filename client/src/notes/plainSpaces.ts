import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";

const NBSP = "\u00a0";

/**
 * Keeps typed spaces plain. Chrome types a no-break space instead of a space at the end of a
 * text next to a non-editable element, which another writer's caret is; when the writer goes on
 * typing, Chrome turns it back into a space in the page but ProseMirror has recorded both, and
 * the notes read "Kari:  Lars" with two spaces (one of them unbreakable) for everyone. The editor
 * already shows spaces as typed (`white-space: pre-wrap`), so a no-break space is made a space
 * as soon as this person's own edit brings one.
 */
export const PlainSpaces = Extension.create({
  name: "plainSpaces",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        appendTransaction(transactions, _before, state) {
          const own = transactions.some((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin);
          if (!own) return null;
          let tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (!node.isText || !node.text?.includes(NBSP)) return;
            for (let i = node.text.indexOf(NBSP); i !== -1; i = node.text.indexOf(NBSP, i + 1)) {
              tr = tr.insertText(" ", pos + i, pos + i + 1);
            }
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
