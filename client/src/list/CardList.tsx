import { type BoardCard, type BoardModel, type BoardZone, type DraftCard, openChallengeCounts } from "@oppdag/shared";
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { draftNodeId } from "../canvas/boardProjection";
import { useVoteMarks } from "../canvas/useVoteMarks";
import { type CardVote, VoteControl } from "../canvas/VoteControl";
import { ScoreBadge } from "../scoring/ScoreBadge";
import { selectBoardRights, useSessionStore } from "../stores/sessionStore";
import { groupCards } from "./cardGroups";
import "./list.css";

interface Props {
  model: BoardModel;
  /** This person's drafts of a private round, listed first. */
  drafts: readonly DraftCard[];
  onOpen(nodeId: string): void;
  /** Adds a card to a zone from its heading; without it the list has no add buttons. */
  onAdd?: (zone: BoardZone | null) => void;
  /** During a vote: only what can be voted on. */
  votableOnly: boolean;
}

/**
 * The board read as a list, in the order a person reads the board: this person's private drafts
 * first, then each zone with its cards by kind, then the links. On a phone it is the main view (a
 * card opens in the card sheet); beside the board it is the board for a screen reader, in order.
 * A vote is a tap beside a card.
 */
export function CardList({ model, drafts, onOpen, onAdd, votableOnly }: Props) {
  const { t } = useTranslation();
  const votes = useVoteMarks();
  const rights = useSessionStore(selectBoardRights);
  // Re-derived when the board or the vote changes, not on every render of the list (a person's
  // own typing in a sheet above it re-renders it).
  const groups = useMemo(
    () => groupCards(model, votableOnly ? (c) => votes.has(c.id) : undefined),
    [model, votableOnly, votes],
  );
  const links = model.links.filter((l) => !votableOnly || votes.has(l.id));
  const { byId, linkCounts, challenges } = useMemo(() => {
    const counts = new Map<string, number>();
    for (const l of model.links) {
      counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
      counts.set(l.target, (counts.get(l.target) ?? 0) + 1);
    }
    return {
      byId: new Map(model.cards.map((c) => [c.id, c])),
      linkCounts: counts,
      challenges: openChallengeCounts(model),
    };
  }, [model]);
  const textOf = (id: string) => {
    const card = byId.get(id);
    return card ? card.text.trim() || t(`kinds.${card.kind}`) : "";
  };
  const canAdd = !!onAdd && rights.newCards !== "none" && !votableOnly;
  const empty = model.cards.length === 0 && drafts.length === 0;

  return (
    <div className="phone-list" data-testid="card-list">
      {drafts.length > 0 && !votableOnly && (
        <section className="list-group private" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t("phone.myDrafts")}</h2>
          <p className="list-hint">{t("phone.draftHint")}</p>
          <ul>
            {drafts.map((d) => (
              <li key={d.id} className="list-item">
                <button
                  type="button"
                  className="list-card"
                  data-kind={d.kind}
                  onClick={() => onOpen(draftNodeId(d.id))}
                  data-testid="list-draft"
                >
                  <span className={`card-kind kind-${d.kind}`}>{t(`kinds.${d.kind}`)}</span>
                  <span className="list-text">{d.text.trim() || t("board.cardPlaceholder")}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {empty && (
        <p className="list-empty" data-testid="list-empty">
          {canAdd ? t("phone.empty") : t("phone.emptyReadOnly")}
        </p>
      )}
      {groups.map((group) => {
        const id = `zone-${group.zone?.id ?? "loose"}`;
        const title = group.zone ? group.zone.title || t("board.newZone") : t("phone.outsideZones");
        // A board with no zones is one list: no heading that names nothing.
        const headed = model.zones.length > 0;
        if (!headed && group.count === 0) return null;
        return (
          <section key={id} className="list-group" aria-labelledby={headed ? id : undefined} data-testid="list-zone">
            {headed && (
              <div className="list-group-head">
                <h2 id={id}>
                  {title} <span className="list-count">{group.count}</span>
                </h2>
                {canAdd && group.zone && (
                  <button
                    type="button"
                    className="button ghost add-here"
                    onClick={() => onAdd?.(group.zone)}
                    aria-label={t("phone.addTo", { zone: title })}
                    data-testid="add-here"
                  >
                    + {t("phone.addHere")}
                  </button>
                )}
              </div>
            )}
            {group.kinds.map(({ kind, cards }) => (
              <div key={kind} className="list-kind">
                <h3 className={`list-kind-title kind-${kind}`}>
                  <span className={`dot kind-${kind}`} aria-hidden="true" />
                  {t(`kinds.${kind}`)}
                </h3>
                <ul>
                  {cards.map((card) => (
                    <CardRow
                      key={card.id}
                      card={card}
                      links={linkCounts.get(card.id) ?? 0}
                      challenges={challenges.get(card.id) ?? 0}
                      vote={votes.get(card.id)}
                      onOpen={onOpen}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
      {links.length > 0 && (
        <section className="list-group" aria-labelledby="links-heading">
          <h2 id="links-heading">
            {t("phone.links")} <span className="list-count">{links.length}</span>
          </h2>
          <ul>
            {links.map((l) => {
              const vote = votes.get(l.id);
              return (
                <li key={l.id} className="list-item" data-testid="list-link">
                  <button type="button" className="list-card" onClick={() => onOpen(l.source)}>
                    <span className="list-text">
                      {textOf(l.source)} ↔ {textOf(l.target)}
                    </span>
                    {l.label && <span className="list-meta">{l.label}</span>}
                    <OpenChallenges count={challenges.get(l.id) ?? 0} />
                  </button>
                  <ScoreBadge targetId={l.id} />
                  {vote && <VoteControl targetId={l.id} vote={vote} />}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

interface RowProps {
  card: BoardCard;
  links: number;
  /** Open challenges on it, as the board's badge counts them. */
  challenges: number;
  vote: CardVote | undefined;
  onOpen(id: string): void;
}

/** The board's challenge badge, as text in a row: the row opens the card, where they are listed. */
function OpenChallenges({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <span className="list-challenges" data-testid="list-challenges">
      <span aria-hidden="true">⚑ {count}</span>
      <span className="visually-hidden">{t("critique.badge", { count })}</span>
    </span>
  );
}

const CardRow = memo(function CardRow({ card, links, challenges, vote, onOpen }: RowProps) {
  const { t } = useTranslation();
  const text = card.text.trim();
  return (
    <li className="list-item" data-testid="list-card">
      <button type="button" className="list-card" data-kind={card.kind} onClick={() => onOpen(card.id)}>
        {/* The kind is said first, as on the board (the heading above is not read with the button). */}
        <span className="visually-hidden">{t(`kinds.${card.kind}`)}: </span>
        <span className={`list-text ${text ? "" : "placeholder"}`}>{text || t("board.cardPlaceholder")}</span>
        <span className="list-meta">
          {t(`groups.${card.authorGroup}`)}
          {links > 0 && ` · ${t("phone.linkCount", { count: links })}`}
        </span>
        <OpenChallenges count={challenges} />
      </button>
      <ScoreBadge targetId={card.id} />
      {vote && <VoteControl targetId={card.id} vote={vote} />}
    </li>
  );
});
