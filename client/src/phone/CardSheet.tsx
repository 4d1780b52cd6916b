import {
  applyTextDiff,
  type BoardCard,
  CARD_KINDS,
  type CardKind,
  cardText,
  type DraftCard,
  deleteCards,
  deleteLinks,
  Limits,
  updateCard,
} from "@oppdag/shared";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { draftIdOf } from "../canvas/boardProjection";
import { useDraftText } from "../canvas/useDraftText";
import { useVoteMarks } from "../canvas/useVoteMarks";
import { VoteControl } from "../canvas/VoteControl";
import { request } from "../control/request";
import { CardChallenges } from "../critique/CardChallenges";
import { changeableUnder, useZoneRule } from "../groups/zoneRule";
import { groupCards } from "../list/cardGroups";
import { selectBoardRights, selectNamesHidden, useSessionStore } from "../stores/sessionStore";
import { useUiStore } from "../stores/uiStore";
import { Sheet } from "./Sheet";
import type { PhoneBoard } from "./usePhoneBoard";

interface Props {
  /** A card's id, or a private draft's node id. */
  nodeId: string;
  board: PhoneBoard;
  onClose(): void;
  /** Shows another card in the sheet (a draft becomes a card at the reveal). */
  onOpen(nodeId: string): void;
}

/** One card, big enough to read and write on a phone: its text, kind, links and vote. */
export function CardSheet({ nodeId, board, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const draftId = draftIdOf(nodeId);
  const draft = draftId ? board.draft(draftId) : undefined;
  const card = board.model.cards.find((c) => c.id === (draftId ?? nodeId));
  // The board's "edit this card" flag belongs to the canvas; here the sheet is the editor.
  const setUi = useUiStore((s) => s.set);
  useEffect(() => setUi({ editingId: null }), [setUi]);

  // A draft that is gone and has become a card (the reveal keeps its id) goes on as that card.
  useEffect(() => {
    if (draftId && !draft && card) onOpen(card.id);
  }, [draftId, draft, card, onOpen]);

  if (draft) return <DraftSheet draft={draft} onClose={onClose} />;
  if (!card) {
    return (
      <Sheet title={t("phone.gone")} onClose={onClose} testId="card-sheet">
        <p className="muted">{t("phone.goneHint")}</p>
      </Sheet>
    );
  }
  return <PublicCardSheet card={card} board={board} onClose={onClose} onOpen={onOpen} />;
}

function PublicCardSheet({
  card,
  board,
  onClose,
  onOpen,
}: {
  card: BoardCard;
  board: PhoneBoard;
  onClose(): void;
  onOpen(nodeId: string): void;
}) {
  const { t } = useTranslation();
  const { doc, model, step, actions } = board;
  // A card outside this person's group zone (while groups keep to theirs) only reads here.
  const zoneRule = useZoneRule(model);
  const rights = useSessionStore(selectBoardRights);
  // A critical friend writes in, re-attaches and deletes their own challenges, nothing else.
  const own = useSessionStore((s) => !!rights.ownCardsOnly && s.me?.id === card.authorId);
  const canEditBoard = rights.edit && changeableUnder(zoneRule, card);
  const canEdit = canEditBoard || own;
  const namesHidden = useSessionStore(selectNamesHidden);
  const author = useSessionStore((s) => s.participants.find((p) => p.id === card.authorId)?.name);
  const vote = useVoteMarks().get(card.id);
  const [picking, setPicking] = useState(false);
  const links = model.links.filter((l) => l.source === card.id || l.target === card.id);
  const textOf = (id: string) => {
    const other = model.cards.find((c) => c.id === id);
    return other ? other.text.trim() || t(`kinds.${other.kind}`) : "";
  };

  if (picking) {
    const linked = new Set(links.flatMap((l) => [l.source, l.target]));
    return (
      <LinkPicker
        cards={model.cards.filter((c) => c.id !== card.id && !linked.has(c.id))}
        board={board}
        from={card.text.trim() || t(`kinds.${card.kind}`)}
        onPick={(id) => {
          actions.link(card.id, id);
          setPicking(false);
        }}
        onBack={() => setPicking(false)}
      />
    );
  }

  return (
    <Sheet title={t(`kinds.${card.kind}`)} onClose={onClose} testId="card-sheet">
      {canEdit ? (
        <textarea
          className="sheet-text"
          value={card.text}
          maxLength={Limits.cardTextLength}
          placeholder={t("board.cardPlaceholder")}
          aria-label={t("phone.text")}
          // A new card is for writing in; an old one opens to be read (the keyboard would hide the rest).
          data-autofocus={!card.text || undefined}
          onChange={(e) => {
            const text = cardText(doc, card.id);
            if (text) applyTextDiff(text, e.target.value);
          }}
          data-testid="sheet-text"
        />
      ) : (
        <p className="sheet-text read" data-testid="sheet-text">
          {card.text || t("board.cardPlaceholder")}
        </p>
      )}
      <p className="sheet-meta">
        {t(`groups.${card.authorGroup}`)}
        {!namesHidden && author ? ` · ${author}` : ""}
      </p>
      {vote && (vote.open || vote.count !== null) && (
        <div className="sheet-vote">
          <VoteControl targetId={card.id} vote={vote} />
        </div>
      )}
      {canEdit && rights.kinds !== "challenges" && (
        <KindChoice kind={card.kind} onChange={(kind) => step(() => updateCard(doc, card.id, { kind }))} />
      )}
      <CardChallenges card={card} board={board} own={canEdit} onOpen={onOpen} />
      <section className="sheet-links" aria-label={t("phone.links")}>
        <h3>{t("phone.links")}</h3>
        {links.length === 0 ? (
          <p className="muted">{t("phone.noLinks")}</p>
        ) : (
          <ul>
            {links.map((l) => (
              <li key={l.id} data-testid="sheet-link">
                <span className="sheet-link-text">
                  ↔ {textOf(l.source === card.id ? l.target : l.source)}
                  {l.label && <em> · {l.label}</em>}
                </span>
                {canEditBoard && (
                  <button
                    type="button"
                    className="button ghost"
                    onClick={() => step(() => deleteLinks(doc, [l.id]))}
                    aria-label={t("phone.unlinkFrom", { text: textOf(l.source === card.id ? l.target : l.source) })}
                  >
                    {t("phone.unlink")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {canEditBoard && (
          <button
            type="button"
            className="button secondary block"
            onClick={() => setPicking(true)}
            data-testid="link-to"
          >
            {t("phone.linkTo")}
          </button>
        )}
      </section>
      {canEdit && (
        <div className="sheet-actions">
          <button
            type="button"
            className="button ghost danger"
            onClick={() => {
              step(() => deleteCards(doc, [card.id]));
              onClose();
            }}
            data-testid="sheet-delete"
          >
            {t("board.delete")}
          </button>
        </div>
      )}
    </Sheet>
  );
}

/** The five kinds as labelled buttons, one of them pressed. */
function KindChoice({ kind, onChange }: { kind: CardKind; onChange(kind: CardKind): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="kind-choice">
      <legend>{t("board.kind")}</legend>
      {CARD_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          className={`kind-option ${k === kind ? "current" : ""}`}
          aria-pressed={k === kind}
          onClick={() => k !== kind && onChange(k)}
        >
          <span className={`dot kind-${k}`} aria-hidden="true" />
          {t(`kinds.${k}`)}
        </button>
      ))}
    </fieldset>
  );
}

/** "Link this card to…": the other cards, by zone and kind, with a search for a long board. */
function LinkPicker({
  cards,
  board,
  from,
  onPick,
  onBack,
}: {
  cards: BoardCard[];
  board: PhoneBoard;
  from: string;
  onPick(id: string): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const q = query.trim().toLocaleLowerCase();
  const ids = useMemo(() => new Set(cards.map((c) => c.id)), [cards]);
  const groups = groupCards(
    board.model,
    (c) => ids.has(c.id) && (!q || c.text.toLocaleLowerCase().includes(q) || c.kind.includes(q)),
  );
  return (
    <Sheet title={t("phone.linkTo")} onClose={onBack} testId="link-picker">
      <p className="sheet-meta">{t("phone.linkFrom", { text: from })}</p>
      <input
        type="search"
        className="sheet-search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t("phone.search")}
        aria-label={t("phone.search")}
      />
      {cards.length === 0 ? (
        <p className="muted">{t("phone.noOthers")}</p>
      ) : groups.length === 0 ? (
        <p className="muted">{t("phone.noMatches")}</p>
      ) : (
        groups.map((g) => (
          <section key={g.zone?.id ?? "loose"} className="picker-group">
            <h3>{g.zone ? g.zone.title || t("board.newZone") : t("phone.outsideZones")}</h3>
            <ul>
              {g.kinds.flatMap((k) =>
                k.cards.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="picker-card"
                      onClick={() => onPick(c.id)}
                      data-testid="link-target"
                    >
                      <span className={`card-kind kind-${c.kind}`}>{t(`kinds.${c.kind}`)}</span>
                      <span className="picker-text">{c.text.trim() || t("board.cardPlaceholder")}</span>
                    </button>
                  </li>
                )),
              )}
            </ul>
          </section>
        ))
      )}
    </Sheet>
  );
}

/** A private draft: only its author sees it, until the facilitator reveals. */
function DraftSheet({ draft, onClose }: { draft: DraftCard; onClose(): void }) {
  const { t } = useTranslation();
  const { text, change, flush } = useDraftText(draft);
  return (
    <Sheet
      title={t(`kinds.${draft.kind}`)}
      onClose={() => {
        flush();
        onClose();
      }}
      testId="card-sheet"
    >
      <p className="private-note">
        <span className="private-badge">{t("session.privateBadge")}</span> {t("phone.draftHint")}
      </p>
      <textarea
        className="sheet-text"
        value={text}
        maxLength={Limits.cardTextLength}
        placeholder={t("board.cardPlaceholder")}
        aria-label={t("phone.text")}
        data-autofocus={!draft.text || undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        data-testid="sheet-text"
      />
      <div className="sheet-actions">
        <button
          type="button"
          className="button ghost danger"
          onClick={() => {
            void request("draft:delete", { id: draft.id });
            onClose();
          }}
          data-testid="sheet-delete"
        >
          {t("board.delete")}
        </button>
      </div>
    </Sheet>
  );
}
