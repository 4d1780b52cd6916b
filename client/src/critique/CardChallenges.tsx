import { type BoardCard, CHALLENGEABLE_KINDS, challengesByTarget } from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import type { PhoneBoard } from "../phone/usePhoneBoard";
import { selectBoardRights, useSessionStore } from "../stores/sessionStore";
import { AttachPicker } from "./AttachPicker";
import { ChallengeList } from "./ChallengeList";

/**
 * Challenges in a phone's card sheet: on a challenge, what it is attached to and its answer; on an
 * opportunity, the challenges on it and a button to add one (which opens the new card's sheet).
 */
export function CardChallenges({
  card,
  board,
  own,
  onOpen,
}: {
  card: BoardCard;
  board: PhoneBoard;
  /** This person may change the card (their own challenge, or they edit the board). */
  own: boolean;
  onOpen(nodeId: string): void;
}) {
  const { t } = useTranslation();
  const rights = useSessionStore(selectBoardRights);
  const { doc, model, step, actions } = board;
  if (card.kind === "challenge") {
    return (
      <section className="sheet-challenges" aria-label={t("critique.heading")}>
        {own && <AttachPicker doc={doc} card={card} step={step} />}
        <ChallengeList doc={doc} challenges={[card]} canAnswer={rights.edit} step={step} />
      </section>
    );
  }
  if (!CHALLENGEABLE_KINDS.includes(card.kind)) return null;
  const challenges = challengesByTarget(model).get(card.id) ?? [];
  const canChallenge = rights.newCards === "public";
  if (challenges.length === 0 && !canChallenge) return null;
  return (
    <section className="sheet-challenges" aria-label={t("critique.heading")}>
      <h3>
        <span aria-hidden="true">⚑ </span>
        {t("critique.heading")}
      </h3>
      {challenges.length > 0 && <ChallengeList doc={doc} challenges={challenges} canAnswer={rights.edit} step={step} />}
      {canChallenge && (
        <button
          type="button"
          className="button secondary block"
          onClick={() => {
            const added = actions.addCards({
              type: "card",
              kind: "challenge",
              near: { x: card.x + card.w + 140, y: card.y + card.h / 2 },
              attachedTo: card.id,
            });
            const [id] = added.nodeIds;
            if (id) onOpen(id);
          }}
          data-testid="challenge-this"
        >
          ⚑ {t("critique.challengeThis")}
        </button>
      )}
    </section>
  );
}
