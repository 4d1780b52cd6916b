import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/**
 * Someone else's caret in the notes: a line as tall as the text line and their name in a small tag
 * just above that line (styles.css, `.collaboration-carets__*`), so the tag never covers the words
 * being written on the line. In an anonymous workshop the name is empty and the tag is not drawn.
 */
export function renderCaret(user: { name?: string; color: string }): HTMLElement {
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  const line = document.createElement("span");
  line.className = "collaboration-carets__line";
  line.style.borderColor = user.color;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = user.color;
  label.textContent = user.name ?? "";
  line.append(label);
  // The line is an inline block (to be exactly as tall as the text line); word joiners on both sides
  // keep it from offering the paragraph a place to wrap in the middle of a word.
  caret.append("\u2060", line, "\u2060");
  return caret;
}

/**
 * A tag above someone's line covers part of the line above it. When that is the line this person
 * is writing on, the tag steps aside (the coloured caret stays) until either of them moves on.
 */
export const CaretTagsClearOfMyLine = Extension.create({
  name: "caretTagsClearOfMyLine",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("caretTagsClearOfMyLine"),
        // Every caret move, local or remote, and every text change reaches the view as an update.
        view: () => ({ update: clearMyLine }),
      }),
    ];
  },
});

function clearMyLine(view: EditorView) {
  const tags = view.dom.querySelectorAll<HTMLElement>(".collaboration-carets__label");
  if (tags.length === 0) return;
  const mine = view.hasFocus() ? view.coordsAtPos(view.state.selection.head) : null;
  for (const tag of tags) {
    // A hidden tag keeps its box, so this measures where it would be drawn.
    const box = tag.getBoundingClientRect();
    const covers = !!mine && box.bottom > mine.top + 1 && box.top < mine.bottom - 1;
    tag.classList.toggle("covers-my-line", covers);
  }
}
