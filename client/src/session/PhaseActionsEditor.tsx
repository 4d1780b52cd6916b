import {
  DEFAULT_CRITERIA,
  PHASE_ACTION_KEYS,
  type Phase,
  type PhaseActionKey,
  type PhaseActions,
} from "@oppdag/shared";
import { useTranslation } from "react-i18next";

/**
 * What a phase switches on when it starts, as toggles under the phase in the agenda. A vote or
 * scoring round switched on here gets sensible defaults (ideas and links; the default criteria)
 * and keeps the template's own settings when it had them.
 */
export function PhaseActionsEditor({ phase, onChange }: { phase: Phase; onChange(actions: PhaseActions): void }) {
  const { t } = useTranslation();
  const actions = phase.actions ?? {};
  const toggle = (key: PhaseActionKey, on: boolean) => {
    const next: PhaseActions = { ...actions };
    if (!on) delete next[key];
    else if (key === "vote") {
      next.vote = {
        title: phase.name,
        targets: { kinds: ["idea"], links: true, zoneId: null },
        votesPerPerson: 3,
        allowMultiplePerTarget: false,
        anonymous: true,
      };
    } else if (key === "scoring") {
      next.scoring = {
        title: phase.name,
        targets: { kinds: ["idea"], links: true, zoneId: null, actionItems: false },
        criteria: DEFAULT_CRITERIA.map((c) => ({ name: t(`scoring.criteria.${c}`) })),
      };
    } else next[key] = true;
    onChange(next);
  };
  return (
    <fieldset className="phase-actions" data-testid="phase-actions">
      <legend>{t("agenda.starts")}</legend>
      {PHASE_ACTION_KEYS.map((key) => (
        <label key={key} className="chip-toggle">
          <input
            type="checkbox"
            checked={!!actions[key]}
            onChange={(e) => toggle(key, e.target.checked)}
            data-testid={`phase-action-${key}`}
          />
          <span>{t(`agenda.actions.${key}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
