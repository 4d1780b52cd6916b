import { GroupSummaryMax, type ThematicGroup } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";

const SAVE_AFTER_MS = 800;

/**
 * The rapporteur's summary of their group: saved as they write (a pause of under a second), and
 * once more on closing, so nothing written is lost if the dialog is closed mid-sentence.
 */
export function SummaryDialog({ group, onClose }: { group: ThematicGroup; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(group.summary);
  const [state, setState] = useState<"saved" | "saving" | "unsaved">("saved");
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(text);
  const saved = useRef(group.summary);
  useEffect(() => dialog.current?.showModal(), []);

  const save = async () => {
    const value = latest.current;
    if (value === saved.current) return;
    setState("saving");
    const problem = await request("group:summary", { groupId: group.id, text: value }, { inline: true });
    setError(problem);
    if (problem === null) saved.current = value;
    setState(latest.current === saved.current ? "saved" : "unsaved");
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (text === saved.current) return;
    const timer = setTimeout(() => void saveRef.current(), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const close = () => {
    void saveRef.current();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog group-summary"
      onClose={close}
      aria-labelledby="group-summary-heading"
      data-testid="group-summary-dialog"
    >
      <h2 id="group-summary-heading">{t("thematic.summaryHeading", { name: group.name })}</h2>
      <p className="dialog-hint">{t("thematic.summaryHint")}</p>
      <textarea
        className="group-summary-text"
        value={text}
        maxLength={GroupSummaryMax}
        rows={8}
        aria-label={t("thematic.summaryLabel")}
        onChange={(e) => {
          latest.current = e.target.value;
          setText(e.target.value);
          setState("unsaved");
        }}
        data-testid="group-summary-text"
      />
      <p className="group-summary-state" role="status" data-testid="group-summary-state" data-state={state}>
        {error ?? (state === "saved" ? t("thematic.saved") : state === "saving" ? t("thematic.saving") : "")}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={() => dialog.current?.close()}>
          {t("thematic.done")}
        </button>
      </div>
    </dialog>
  );
}
