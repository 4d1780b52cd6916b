import {
  type ActionItem,
  addCard,
  type BoardModel,
  CARD_SIZE,
  cardRect,
  challengeTargets,
  findFreeSpot,
  isOpenChallenge,
  itemChallenges,
} from "@oppdag/shared";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { selectBoardRights, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { ChallengeList } from "./ChallengeList";

interface Props {
  doc: Y.Doc;
  item: ActionItem;
  board: BoardModel;
  canAnswer: boolean;
}

/**
 * An action item's challenges: those on it and on the cards and links it was made from (its
 * provenance), open ones listed with a field for the answer, and a way to add one.
 */
export function ItemChallenges({ doc, item, board, canAnswer }: Props) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const canChallenge = useSessionStore((s) => selectBoardRights(s).newCards === "public");
  const setUi = useUiStore((s) => s.set);
  const all = itemChallenges(board, item);
  const open = all.filter(isOpenChallenge);
  const labels = new Map(challengeTargets(board, [], t("board.cardPlaceholder")).map((x) => [x.id, x.label]));
  // Said only for a challenge on what the item came from; one on the item itself needs no words.
  const targetOf = (card: (typeof all)[number]) =>
    card.attachedTo === item.id ? null : `${t("critique.attachTo")}: ${labels.get(card.attachedTo ?? "") ?? ""}`;

  // A new challenge goes on the board beside what the item came from (or the board's middle).
  const handleChallenge = () => {
    if (!me) return;
    const source = board.cards.find((c) => item.provenance.cardIds.includes(c.id));
    const near = source ? { x: source.x + source.w + 140, y: source.y + source.h / 2 } : { x: 0, y: 0 };
    const spot = findFreeSpot(board.cards.map(cardRect), near, CARD_SIZE.w, CARD_SIZE.h);
    const id = addCard(doc, { kind: "challenge", ...spot, attachedTo: item.id }, { id: me.id, group: me.actorGroup });
    setUi({ focusIds: [id], editingId: id });
  };

  if (all.length === 0 && !canChallenge) return null;
  return (
    <section className="item-challenges" data-testid="item-challenges">
      <header>
        <h4>
          <span aria-hidden="true">⚑ </span>
          {t("critique.openOnItem")} ({open.length})
        </h4>
        {canChallenge && (
          <button type="button" className="button ghost small" onClick={handleChallenge} data-testid="challenge-item">
            {t("critique.challengeThis")}
          </button>
        )}
      </header>
      {open.length > 0 && <ChallengeList doc={doc} challenges={open} canAnswer={canAnswer} targetOf={targetOf} />}
    </section>
  );
}
