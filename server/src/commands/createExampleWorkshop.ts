import { type Language, templatePhases } from "@oppdag/shared";
import { EXAMPLE_TEMPLATE, type ExampleWorkshopResult, exampleWorkshop } from "@oppdag/shared/example";
import { generateToken, hashToken } from "../auth/tokens";
import type { SessionState } from "../session/state";
import { importWorkshop } from "./importWorkshop";
import { type JoinDeps, joinWorkshop } from "./joinWorkshop";

/**
 * Creates the example workshop (`@oppdag/shared/example`) and joins its facilitator. The import
 * format carries the board, notes, action items, the revealed vote and scoring round, and the
 * thematic groups, so those go through `importWorkshop`; it keeps no agenda and no people (an
 * export lists names, never tokens), so the template's agenda and the example's participants are
 * written here with the same storage calls create and join use, under the ids the groups and the
 * cards already name. The participants get tokens nobody holds: they are people in the room,
 * listed, credited on their cards and placed in groups, who can never connect.
 */
export async function createExampleWorkshop(
  deps: JoinDeps & { maxCardsPerBoard: number },
  language: Language,
): Promise<ExampleWorkshopResult> {
  const { storage } = deps;
  const example = exampleWorkshop(language);
  const created = await importWorkshop(storage, example.json, deps);
  const workshopId = created.workshop.id;

  const state = (await storage.loadSessionState(workshopId)) as SessionState;
  const phases = templatePhases(EXAMPLE_TEMPLATE, language);
  await storage.saveSessionState(workshopId, {
    ...state,
    phases,
    currentPhaseId: phases[example.currentPhase]?.id ?? null,
  } satisfies SessionState);

  const createdAt = new Date(Date.now() - 95 * 60_000).toISOString();
  for (const person of example.people) {
    await storage.addParticipant({ ...person, workshopId, createdAt, removedAt: null }, hashToken(generateToken()));
  }
  const invite = created.invites.facilitator.split("#")[1] as string;
  const session = await joinWorkshop(deps, workshopId, {
    invite,
    name: example.facilitatorName,
    actorGroup: "facilitator",
  });
  return { ...created, session, voteRoundId: state.votes[0]?.id ?? "" };
}
