import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
}

/**
 * A bottom sheet: a modal dialog along the bottom of the screen, where a thumb reaches. The
 * browser's own modal dialog keeps focus inside it and the page behind it inert; Escape, the
 * backdrop and the close button all close it.
 */
export function Sheet({ title, onClose, children, testId }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    el.showModal();
    // The dialog focuses its first button (the close button); a field meant for writing asks first.
    el.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, []);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop is for pointers; keys have Escape
    <dialog
      ref={dialog}
      className="sheet"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // A press on the backdrop lands on the dialog element itself.
      onClick={(e) => e.target === e.currentTarget && onClose()}
      data-testid={testId}
    >
      <div className="sheet-body">
        <header className="sheet-header">
          <h2>{title}</h2>
          <button type="button" className="button ghost sheet-close" onClick={onClose} data-testid="sheet-close">
            {t("phone.done")}
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
