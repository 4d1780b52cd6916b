import type { CardKind } from "@oppdag/shared";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoardModel } from "../collab/useBoardModel";
import { request } from "../control/request";
import { TargetKinds, TargetZone } from "./TargetChoice";

/** The facilitator sets up a dot-voting round: targets, votes per person, rules. */
export function VoteDialog({ doc, onClose }: { doc: Y.Doc; onClose(): void }) {
  const { t } = useTranslation();
  const { zones } = useBoardModel(doc);
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState("");
  const [kinds, setKinds] = useState<CardKind[]>(["idea"]);
  const [links, setLinks] = useState(true);
  const [zoneId, setZoneId] = useState<string>("");
  const [votesPerPerson, setVotes] = useState(3);
  const [multiple, setMultiple] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const problem = await request(
      "vote:start",
      {
        title,
        targets: { kinds, links, zoneId: zoneId || null },
        votesPerPerson,
        allowMultiplePerTarget: multiple,
        anonymous,
      },
      { inline: true },
    );
    if (problem) setError(problem);
    else dialog.current?.close();
  }

  return (
    <dialog ref={dialog} className="dialog vote-dialog" onClose={onClose} data-testid="vote-dialog">
      <form className="form bare" onSubmit={handleSubmit}>
        <h2>{t("vote.heading")}</h2>
        <label>
          {t("vote.title")}
          <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <TargetKinds legend={t("vote.kinds")} kinds={kinds} onKinds={setKinds} links={links} onLinks={setLinks} />
        <div className="form-row">
          <TargetZone zones={zones} zoneId={zoneId} onZone={setZoneId} />
          <label>
            {t("vote.votesPerPerson")}
            <input
              type="number"
              name="votesPerPerson"
              min={1}
              max={50}
              value={votesPerPerson}
              onChange={(e) => setVotes(Math.max(1, Number(e.target.value) || 1))}
            />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={multiple} onChange={(e) => setMultiple(e.target.checked)} />
          {t("vote.multiple")}
        </label>
        <label className="check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t("vote.anonymous")}
        </label>
        {error && <p className="form-error">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={() => dialog.current?.close()}>
            {t("vote.cancel")}
          </button>
          <button type="submit" className="button primary" data-testid="vote-start">
            {t("vote.start")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
