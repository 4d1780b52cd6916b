import { isChallenge } from "../board/challenges";
import type { BoardModel } from "../board/model";
import { ACTOR_GROUPS, type ActorGroup, type GroupCounts, type Role } from "../domain";
import type { ExportLabels } from "./labels";

/** What one actor group contributed to a workshop: "was every group heard?". */
export interface ParticipationRow {
  group: ActorGroup;
  /** People of the group who took part (observers are not counted). */
  people: number;
  cards: number;
  challenges: number;
  links: number;
  /** People of the group who voted, summed over the revealed rounds. */
  voters: number;
  /** People of the group who scored, summed over the revealed rounds. */
  scorers: number;
}

export interface ParticipationInput {
  board: BoardModel;
  participants: ReadonlyArray<{ actorGroup: ActorGroup; role: Role }>;
  /** For each revealed voting round, how many of each group voted. */
  voters?: readonly GroupCounts[];
  /** For each revealed scoring round, how many of each group scored. */
  scorers?: readonly GroupCounts[];
}

/** The rows of the participation table, and in words who was not heard and who was not there. */
export interface Participation {
  rows: ParticipationRow[];
  /** Groups with people in the room and nothing from them. */
  unheard: ActorGroup[];
  /** Groups nobody came from (the facilitators' own group aside). */
  absent: ActorGroup[];
}

const sum = (counts: readonly GroupCounts[] | undefined, group: ActorGroup) =>
  (counts ?? []).reduce((total, c) => total + (c[group] ?? 0), 0);

/**
 * Contributions per actor group: cards (challenges apart), links, votes and scores, and how many
 * people each group had in the room. Counts only, never who: the same in an anonymous workshop.
 */
export function participationByGroup(input: ParticipationInput): Participation {
  const rows = ACTOR_GROUPS.map((group): ParticipationRow => {
    const cards = input.board.cards.filter((c) => c.authorGroup === group);
    return {
      group,
      people: input.participants.filter((p) => p.actorGroup === group && p.role !== "observer").length,
      cards: cards.filter((c) => !isChallenge(c)).length,
      challenges: cards.filter(isChallenge).length,
      links: input.board.links.filter((l) => l.authorGroup === group).length,
      voters: sum(input.voters, group),
      scorers: sum(input.scorers, group),
    };
  });
  const contributed = (r: ParticipationRow) => r.cards + r.challenges + r.links + r.voters + r.scorers > 0;
  return {
    rows: rows.filter((r) => r.people > 0 || contributed(r)),
    unheard: rows.filter((r) => r.people > 0 && !contributed(r) && r.group !== "facilitator").map((r) => r.group),
    absent: rows.filter((r) => r.people === 0 && !contributed(r) && r.group !== "facilitator").map((r) => r.group),
  };
}

/** The participation table as every document export shows it: a header and one row per group. */
export function participationTable(p: Participation, labels: ExportLabels): { header: string[]; rows: string[][] } {
  return {
    header: [
      labels.actorGroup,
      labels.people,
      labels.cards,
      labels.kindsPlural.challenge,
      labels.links,
      labels.voted,
      labels.scored,
    ],
    rows: p.rows.map((r) =>
      [labels.groups[r.group], r.people, r.cards, r.challenges, r.links, r.voters, r.scorers].map(String),
    ),
  };
}

/** "Not heard from: …" and "Nobody from: …", in the report's language; empty when all were heard. */
export function participationInWords(p: Participation, labels: ExportLabels): string[] {
  const names = (groups: ActorGroup[]) => groups.map((g) => labels.groups[g]).join(", ");
  return [
    ...(p.unheard.length > 0 ? [`${labels.notHeard}: ${names(p.unheard)}`] : []),
    ...(p.absent.length > 0 ? [`${labels.absentGroups}: ${names(p.absent)}`] : []),
  ];
}
