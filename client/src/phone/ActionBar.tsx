import { type BoardZone, CARD_KINDS, type CardKind } from "@oppdag/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { zoneOf } from "../list/cardGroups";
import { useCurrentVote } from "../session/useCurrentVote";
import { selectBoardRights, selectRole, useSessionStore } from "../stores/sessionStore";
import { Sheet } from "./Sheet";
import type { PhoneBoard } from "./usePhoneBoard";

interface Props {
  board: PhoneBoard;
  onAdd(kind: CardKind, zone: BoardZone | null): void;
  votableOnly: boolean;
  onVotableOnly(only: boolean): void;
}

/** The one thing to do now, in a big button above the navigation: vote, or add a card. */
export function ActionBar({ board, onAdd, votableOnly, onVotableOnly }: Props) {
  const { t } = useTranslation();
  const rights = useSessionStore(selectBoardRights);
  const role = useSessionStore(selectRole);
  const vote = useCurrentVote();
  const [adding, setAdding] = useState(false);
  const voting = vote?.round.status === "open" && role === "participant";

  if (voting) {
    return (
      <div className="action-bar" data-testid="action-bar">
        <p className="action-hint">{t("phone.voteHint")}</p>
        <button
          type="button"
          className="button secondary"
          aria-pressed={!votableOnly}
          onClick={() => onVotableOnly(!votableOnly)}
          data-testid="show-all"
        >
          {votableOnly ? t("phone.showAll") : t("phone.showChoices")}
        </button>
      </div>
    );
  }
  if (rights.newCards === "none") return null;
  return (
    <div className="action-bar" data-testid="action-bar">
      <button type="button" className="button primary big" onClick={() => setAdding(true)} data-testid="phone-add">
        + {rights.newCards === "private" ? t("phone.addPrivate") : t("phone.addCard")}
      </button>
      {adding && (
        <AddSheet
          board={board}
          onClose={() => setAdding(false)}
          onAdd={(kind, zone) => {
            setAdding(false);
            onAdd(kind, zone);
          }}
        />
      )}
    </div>
  );
}

/** What to add and where: the five kinds as labelled buttons, and the zone when there are zones. */
export function AddSheet({
  board,
  zone: given,
  onAdd,
  onClose,
}: {
  board: PhoneBoard;
  zone?: BoardZone | null;
  onAdd(kind: CardKind, zone: BoardZone | null): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { model, author } = board;
  // During the critique, and for a critical friend, a new card can only be a challenge.
  const onlyChallenges = useSessionStore((s) => selectBoardRights(s).kinds === "challenges");
  const kinds: readonly CardKind[] = onlyChallenges ? ["challenge"] : CARD_KINDS;
  // Where this person last wrote, as people go on where they are.
  const last = model.cards.filter((c) => c.authorId === author.id).at(-1);
  const [zoneId, setZoneId] = useState<string>(given?.id ?? (last ? (zoneOf(last, model.zones)?.id ?? "") : ""));
  const zone = model.zones.find((z) => z.id === zoneId) ?? null;
  return (
    <Sheet title={t("phone.addWhich")} onClose={onClose} testId="add-sheet">
      {model.zones.length > 0 && (
        <label className="sheet-field">
          {t("phone.where")}
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="add-zone-choice">
            {model.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.title || t("board.newZone")}
              </option>
            ))}
            <option value="">{t("phone.outsideZones")}</option>
          </select>
        </label>
      )}
      <div className="kind-buttons">
        {kinds.map((kind: CardKind) => (
          <button
            key={kind}
            type="button"
            className="kind-button"
            data-kind={kind}
            onClick={() => onAdd(kind, zone)}
            data-testid={`phone-add-${kind}`}
          >
            <span className={`dot kind-${kind}`} aria-hidden="true" />
            <span>
              <strong>{t(`kinds.${kind}`)}</strong>
              <span className="kind-button-hint">{t(`phone.kindHint.${kind}`)}</span>
            </span>
          </button>
        ))}
      </div>
    </Sheet>
  );
}
