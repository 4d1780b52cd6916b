import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** Key caps: a word (translated, as printed on keyboards here) or a symbol that needs none. */
type Cap = { word: "shift" | "alt" | "enter" | "escape" | "delete" | "tab" | "ctrl" | "space" } | { symbol: string };

/** One line of the sheet: the keys (alternatives between them) and what they do. */
interface Row {
  id:
    | "reach"
    | "navigate"
    | "select"
    | "selectMore"
    | "move"
    | "moveFar"
    | "resize"
    | "add"
    | "addKind"
    | "edit"
    | "stopEditing"
    | "deselect"
    | "delete"
    | "link"
    | "vote"
    | "unvote"
    | "follow"
    | "undo"
    | "redo"
    | "copyPaste"
    | "duplicate"
    | "selectAll"
    | "help";
  keys: Cap[][];
}

const w = (word: Extract<Cap, { word: string }>["word"]): Cap => ({ word });
const s = (symbol: string): Cap => ({ symbol });
const ARROWS = s("↑ ↓ ← →");

/** Every key the board knows (useKeyboardControl and useBoardKeyboard), in the order one learns them. */
const ROWS: Row[] = [
  { id: "reach", keys: [[w("tab")], [w("shift"), w("tab")]] },
  { id: "navigate", keys: [[ARROWS]] },
  { id: "select", keys: [[w("enter")], [w("space")]] },
  { id: "selectMore", keys: [[w("shift"), w("enter")]] },
  { id: "move", keys: [[ARROWS]] },
  { id: "moveFar", keys: [[w("shift"), ARROWS]] },
  { id: "resize", keys: [[w("alt"), ARROWS]] },
  { id: "add", keys: [[s("N")]] },
  { id: "addKind", keys: [[s("1–5")]] },
  { id: "edit", keys: [[w("enter")]] },
  { id: "stopEditing", keys: [[w("escape")], [w("ctrl"), w("enter")]] },
  { id: "deselect", keys: [[w("escape")]] },
  { id: "delete", keys: [[w("delete")]] },
  { id: "link", keys: [[s("L")]] },
  { id: "vote", keys: [[s("V")], [s("+")]] },
  { id: "unvote", keys: [[w("shift"), s("V")], [s("−")]] },
  { id: "follow", keys: [[s("F")]] },
  { id: "undo", keys: [[w("ctrl"), s("Z")]] },
  {
    id: "redo",
    keys: [
      [w("ctrl"), w("shift"), s("Z")],
      [w("ctrl"), s("Y")],
    ],
  },
  {
    id: "copyPaste",
    keys: [
      [w("ctrl"), s("C")],
      [w("ctrl"), s("V")],
    ],
  },
  { id: "duplicate", keys: [[w("ctrl"), s("D")]] },
  { id: "selectAll", keys: [[w("ctrl"), s("A")]] },
  { id: "help", keys: [[s("?")]] },
];

/**
 * The keyboard shortcuts, as a modal dialog: the page behind is inert while it is open, Escape
 * closes it, and focus goes back to where it was (a card, the board, the help button).
 */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => before?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-sheet"
      onClose={onClose}
      aria-labelledby="shortcut-sheet-title"
      data-testid="shortcut-sheet"
    >
      {/* Close comes first: showModal focuses it, and the list stays scrolled to its top. */}
      <header className="shortcut-head">
        <h2 id="shortcut-sheet-title">{t("keyboard.title")}</h2>
        <button type="button" className="button secondary small" onClick={() => dialog.current?.close()}>
          {t("keyboard.close")}
        </button>
      </header>
      <p className="hint">{t("keyboard.intro")}</p>
      <dl className="shortcut-list">
        {ROWS.map((row) => (
          <div className="shortcut-row" key={row.id}>
            <dt>
              {row.keys.map((combo, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's alternatives never reorder
                <span key={i} className="shortcut-combo">
                  {i > 0 && <span className="shortcut-or">{t("keyboard.or")}</span>}
                  {combo.map((cap, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <kbd key={j}>{"word" in cap ? t(`keyboard.key.${cap.word}`) : cap.symbol}</kbd>
                  ))}
                </span>
              ))}
            </dt>
            <dd>{t(`keyboard.does.${row.id}`)}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
