import { newId, type Phase } from "@oppdag/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { request } from "../control/request";
import { useSessionStore } from "../stores/sessionStore";
import { PhaseActionsEditor } from "./PhaseActionsEditor";
import { SaveTemplateForm } from "./SaveTemplateForm";

const TEMPLATE: Array<[key: string, minutes: number]> = [
  ["briefing", 10],
  ["discovery", 15],
  ["linking", 20],
  ["voting", 10],
  ["planning", 25],
];

/** The facilitator's agenda: phases with durations and instructions; start any of them. */
export function AgendaDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const saved = useSessionStore((s) => s.session?.phases ?? []);
  const [phases, setPhases] = useState<Phase[]>(saved);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);

  const patch = (i: number, change: Partial<Phase>) =>
    setPhases(phases.map((p, j) => (i === j ? { ...p, ...change } : p)));
  const move = (i: number, by: number) => {
    const next = [...phases];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    setPhases(next);
  };
  const applyTemplate = () =>
    setPhases(
      TEMPLATE.map(([key, minutes]) => {
        const [name, instructions] = t(`agenda.templatePhases.${key}`, { returnObjects: true }) as unknown as [
          string,
          string,
        ];
        return { id: newId(), name, instructions, durationSec: minutes * 60 };
      }),
    );
  const save = async () => {
    const problem = await request("phases:set", { phases }, { inline: true });
    setError(problem);
    return problem === null;
  };

  return (
    <dialog ref={dialog} className="dialog agenda" onClose={onClose} data-testid="agenda-dialog">
      <h2>{t("agenda.heading")}</h2>
      <ol className="agenda-list">
        {phases.map((phase, i) => (
          <li key={phase.id} className="agenda-item" data-testid="agenda-phase">
            <div className="agenda-row">
              <input
                aria-label={t("agenda.name")}
                value={phase.name}
                onChange={(e) => patch(i, { name: e.target.value })}
                className="agenda-name"
              />
              <label className="agenda-minutes">
                <input
                  type="number"
                  min={0}
                  max={600}
                  aria-label={t("agenda.minutes")}
                  value={Math.round(phase.durationSec / 60)}
                  onChange={(e) => patch(i, { durationSec: Math.max(0, Number(e.target.value) || 0) * 60 })}
                />
                <span>{t("agenda.minutes")}</span>
              </label>
              <button
                type="button"
                className="icon-button"
                aria-label={t("agenda.moveUp")}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t("agenda.moveDown")}
                disabled={i === phases.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t("agenda.remove")}
                onClick={() => setPhases(phases.filter((_, j) => j !== i))}
              >
                ×
              </button>
              <button
                type="button"
                className="button secondary small"
                onClick={async () => {
                  if ((await save()) && !(await request("phase:start", { phaseId: phase.id }))) dialog.current?.close();
                }}
              >
                {t("agenda.start")}
              </button>
            </div>
            <textarea
              aria-label={t("agenda.instructions")}
              placeholder={t("agenda.instructions")}
              value={phase.instructions}
              onChange={(e) => patch(i, { instructions: e.target.value })}
              rows={2}
            />
            <PhaseActionsEditor phase={phase} onChange={(actions) => patch(i, { actions })} />
          </li>
        ))}
      </ol>
      <div className="agenda-actions">
        <button
          type="button"
          className="button secondary"
          data-testid="agenda-add"
          onClick={() =>
            setPhases([
              ...phases,
              { id: newId(), name: `${t("agenda.name")} ${phases.length + 1}`, durationSec: 600, instructions: "" },
            ])
          }
        >
          {t("agenda.add")}
        </button>
        <button type="button" className="button ghost" onClick={applyTemplate} data-testid="agenda-template">
          {t("agenda.template")}
        </button>
        <SaveTemplateForm beforeSave={save} />
      </div>
      {error && <p className="form-error">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="button ghost" onClick={() => dialog.current?.close()}>
          {t("agenda.cancel")}
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="agenda-save"
          onClick={async () => {
            if (await save()) dialog.current?.close();
          }}
        >
          {t("agenda.save")}
        </button>
      </div>
    </dialog>
  );
}
