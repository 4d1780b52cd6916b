import { type CardKind, DEFAULT_CRITERIA, SCORING_LIMITS } from "@oppdag/shared";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { request } from "../control/request";
import { TargetKinds, TargetZone } from "../session/TargetChoice";

/**
 * The facilitator sets up a scoring round: what is scored (cards of some kinds, links, action
 * items) and on which criteria, 1–5 each. The four S3 criteria come filled in, in the person's
 * language, and can be renamed, removed or added to.
 */
export function ScoringDialog({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  const { t } = useTranslation();
  const { zones } = useBoardModel(doc);
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState("");
  const [kinds, setKinds] = useState<CardKind[]>(["opportunity"]);
  const [links, setLinks] = useState(false);
  const [actionItems, setActionItems] = useState(false);
  const [zoneId, setZoneId] = useState("");
  const [criteria, setCriteria] = useState(() =>
    DEFAULT_CRITERIA.map((key, i) => ({ key: i, name: t(`scoring.criteria.${key}`) })),
  );
  const [error, setError] = useState<string | null>(null);
  const nextKey = useRef(DEFAULT_CRITERIA.length);
  useEffect(() => dialog.current?.showModal(), []);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const named = criteria.map((c) => ({ name: c.name.trim() })).filter((c) => c.name);
    if (named.length === 0) return setError(t("scoring.needCriterion"));
    const problem = await request(
      "score:start",
      { title, targets: { kinds, links, actionItems, zoneId: zoneId || null }, criteria: named },
      { inline: true },
    );
    if (problem) setError(problem);
    else dialog.current?.close();
  }

  return (
    <dialog ref={dialog} className="dialog scoring-dialog" onClose={onClose} data-testid="scoring-dialog">
      <form className="form bare" onSubmit={handleSubmit}>
        <h2>{t("scoring.heading")}</h2>
        <label>
          {t("scoring.title")}
          <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <TargetKinds legend={t("scoring.targets")} kinds={kinds} onKinds={setKinds} links={links} onLinks={setLinks}>
          <label className="check">
            <input
              type="checkbox"
              name="actionItems"
              checked={actionItems}
              onChange={(e) => setActionItems(e.target.checked)}
            />
            {t("scoring.actionItems")}
          </label>
        </TargetKinds>
        <TargetZone zones={zones} zoneId={zoneId} onZone={setZoneId} />
        <fieldset className="criteria-edit">
          <legend>{t("scoring.criteriaLegend")}</legend>
          <ol>
            {criteria.map((c, i) => (
              <li key={c.key}>
                <input
                  aria-label={t("scoring.criterionName", { n: i + 1 })}
                  value={c.name}
                  maxLength={SCORING_LIMITS.criterionName}
                  onChange={(e) =>
                    setCriteria(criteria.map((x) => (x.key === c.key ? { ...x, name: e.target.value } : x)))
                  }
                  data-testid="criterion-name"
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t("scoring.removeCriterion", { name: c.name || i + 1 })}
                  onClick={() => setCriteria(criteria.filter((x) => x.key !== c.key))}
                  disabled={criteria.length <= 1}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
          {criteria.length < SCORING_LIMITS.criteria && (
            <button
              type="button"
              className="button ghost small"
              onClick={() => setCriteria([...criteria, { key: nextKey.current++, name: "" }])}
              data-testid="criterion-add"
            >
              {t("scoring.addCriterion")}
            </button>
          )}
        </fieldset>
        {error && <p className="form-error">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => dialog.current?.close()}>
            {t("vote.cancel")}
          </button>
          <button type="submit" className="button primary" data-testid="scoring-start">
            {t("scoring.start")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
