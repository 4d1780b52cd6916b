import {
  DEFAULT_CRITERIA,
  PHASE_ACTION_KEYS,
  type Phase,
  type PhaseActionKey,
  type PhaseActions,
} from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import { TargetKinds } from "./TargetChoice";

/**
 * What a phase switches on when it starts, as toggles under the phase in the agenda. A vote or
 * scoring round switched on here gets sensible defaults (ideas and links; the default criteria),
 * keeps the template's own settings when it had them, and says below what it is about and, for a
 * vote, how many dots each person has.
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
  const { vote, scoring } = actions;
  // The round's targets, changed in place: the vote and the scoring round share the shape.
  const patchVoteTargets = (patch: Partial<NonNullable<PhaseActions["vote"]>["targets"]>) =>
    vote && onChange({ ...actions, vote: { ...vote, targets: { ...vote.targets, ...patch } } });
  const patchScoringTargets = (patch: Partial<NonNullable<PhaseActions["scoring"]>["targets"]>) =>
    scoring && onChange({ ...actions, scoring: { ...scoring, targets: { ...scoring.targets, ...patch } } });
  return (
    <>
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
      {vote && (
        <div className="phase-action-settings" data-testid="phase-vote-settings">
          <TargetKinds
            legend={t("vote.kinds")}
            kinds={vote.targets.kinds}
            onKinds={(kinds) => patchVoteTargets({ kinds })}
            links={vote.targets.links}
            onLinks={(links) => patchVoteTargets({ links })}
          />
          <label>
            {t("vote.votesPerPerson")}
            <input
              type="number"
              min={1}
              max={50}
              value={vote.votesPerPerson}
              onChange={(e) =>
                onChange({
                  ...actions,
                  vote: { ...vote, votesPerPerson: Math.min(50, Math.max(1, Number(e.target.value) || 1)) },
                })
              }
              data-testid="phase-vote-dots"
            />
          </label>
        </div>
      )}
      {scoring && (
        <div className="phase-action-settings" data-testid="phase-scoring-settings">
          <TargetKinds
            legend={t("scoring.targets")}
            kinds={scoring.targets.kinds}
            onKinds={(kinds) => patchScoringTargets({ kinds })}
            links={scoring.targets.links}
            onLinks={(links) => patchScoringTargets({ links })}
          >
            <label className="check">
              <input
                type="checkbox"
                checked={scoring.targets.actionItems}
                onChange={(e) => patchScoringTargets({ actionItems: e.target.checked })}
              />
              {t("scoring.actionItems")}
            </label>
          </TargetKinds>
        </div>
      )}
    </>
  );
}
