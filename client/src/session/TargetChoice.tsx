import { type BoardZone, CARD_KINDS, type CardKind } from "@oppdag/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface KindsProps {
  legend: string;
  kinds: readonly CardKind[];
  onKinds(kinds: CardKind[]): void;
  links: boolean;
  onLinks(links: boolean): void;
  /** More kinds of target (a scoring round can take action items too). */
  children?: ReactNode;
}

/** What a vote or scoring round is about: cards of these kinds, and links. */
export function TargetKinds({ legend, kinds, onKinds, links, onLinks, children }: KindsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {CARD_KINDS.map((kind) => (
        <label key={kind} className="check">
          <input
            type="checkbox"
            name={`kind-${kind}`}
            checked={kinds.includes(kind)}
            onChange={(e) => onKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
          />
          <span className={`dot kind-${kind}`} aria-hidden="true" />
          {t(`kinds.${kind}`)}
        </label>
      ))}
      <label className="check">
        <input type="checkbox" name="links" checked={links} onChange={(e) => onLinks(e.target.checked)} />
        {t("vote.links")}
      </label>
      {children}
    </fieldset>
  );
}

/** Where on the board a round's targets are: the whole board, or one zone. */
export function TargetZone({
  zones,
  zoneId,
  onZone,
}: {
  zones: readonly BoardZone[];
  zoneId: string;
  onZone(zoneId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t("vote.zone")}
      <select value={zoneId} onChange={(e) => onZone(e.target.value)}>
        <option value="">{t("vote.wholeBoard")}</option>
        {zones.map((z) => (
          <option key={z.id} value={z.id}>
            {z.title || t("board.newZone")}
          </option>
        ))}
      </select>
    </label>
  );
}
