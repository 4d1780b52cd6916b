import type { BoardCard, BoardZone, DraftCard } from "@oppdag/shared";
import type { AriaLabelConfig } from "@xyflow/react";
import type { TFunction } from "i18next";
import type { CardVote } from "./VoteControl";

/**
 * What a screen reader says for each thing on the board, in the UI language: a card by its kind,
 * text, actor group and votes; a link by the texts of its two cards (React Flow's own name for
 * an edge would be "Edge from <id> to <id>"); a zone by its title.
 */
export interface BoardDescriber {
  card(card: BoardCard, vote: CardVote | null): string;
  /** A private draft: like a card, with "only you" where a card has its actor group. */
  draft(draft: DraftCard): string;
  link(from: BoardCard, to: BoardCard, label: string, vote: CardVote | null): string;
  zone(zone: BoardZone): string;
  /** `aria-roledescription` for each kind of node, instead of React Flow's "node" and "edge". */
  roles: {
    card: { "aria-roledescription": string };
    draft: { "aria-roledescription": string };
    zone: { "aria-roledescription": string };
    link: { "aria-roledescription": string };
  };
}

// A long card is named by its start: a screen reader reads the whole text inside the card anyway.
const NAME_LENGTH = 120;
const short = (text: string) => (text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1)}…` : text);

function votesPhrase(t: TFunction, vote: CardVote | null): string {
  if (!vote) return "";
  if (vote.count !== null) return vote.count > 0 ? `. ${t("vote.votes", { count: vote.count })}` : "";
  return vote.mine > 0 ? `. ${t("a11y.myVotes", { count: vote.mine })}` : "";
}

export function boardDescriber(t: TFunction): BoardDescriber {
  const cardText = (card: { text: string }) => short(card.text.trim()) || t("a11y.emptyCard");
  // Links are named on every projection (their cards' texts may change under them): by the card
  // objects, which stay the same while a card is unchanged, so a drag names only its own links.
  const linkNames = new WeakMap<
    BoardCard,
    WeakMap<BoardCard, { label: string; vote: CardVote | null; name: string }>
  >();
  return {
    card: (card, vote) =>
      t("a11y.card", { kind: t(`kinds.${card.kind}`), text: cardText(card), group: t(`groups.${card.authorGroup}`) }) +
      votesPhrase(t, vote),
    draft: (draft) =>
      t("a11y.card", { kind: t(`kinds.${draft.kind}`), text: cardText(draft), group: t("session.privateBadge") }),
    link: (from, to, label, vote) => {
      let byTarget = linkNames.get(from);
      if (!byTarget) {
        byTarget = new WeakMap();
        linkNames.set(from, byTarget);
      }
      const known = byTarget.get(to);
      if (known?.label === label && known.vote === vote) return known.name;
      const name =
        (label
          ? t("a11y.linkLabelled", { from: cardText(from), to: cardText(to), label })
          : t("a11y.link", { from: cardText(from), to: cardText(to) })) + votesPhrase(t, vote);
      byTarget.set(to, { label, vote, name });
      return name;
    },
    zone: (zone) => t("a11y.zone", { title: zone.title.trim() || t("a11y.untitledZone") }),
    roles: {
      card: { "aria-roledescription": t("a11y.cardRole") },
      draft: { "aria-roledescription": t("a11y.draftRole") },
      zone: { "aria-roledescription": t("a11y.zoneRole") },
      link: { "aria-roledescription": t("a11y.linkRole") },
    },
  };
}

/** React Flow's own words (its controls, minimap, keyboard help), in the UI language. */
export function flowAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    "node.a11yDescription.default": t("a11y.nodeHelp"),
    "node.a11yDescription.keyboardDisabled": t("a11y.nodeHelp"),
    "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) =>
      t("a11y.moved", { direction: t(`a11y.directions.${direction}`), x, y }),
    "edge.a11yDescription.default": t("a11y.edgeHelp"),
    "controls.ariaLabel": t("a11y.controls"),
    "controls.zoomIn.ariaLabel": t("a11y.zoomIn"),
    "controls.zoomOut.ariaLabel": t("a11y.zoomOut"),
    "controls.fitView.ariaLabel": t("a11y.fitView"),
    "minimap.ariaLabel": t("a11y.minimap"),
    "handle.ariaLabel": t("a11y.handle"),
  };
}
