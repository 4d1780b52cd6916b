import { addCard, type SessionView } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { confirmed, eventually, waitForSynced } from "./helpers/clients";
import { join, workshopWithPeople } from "./helpers/factories";
import { liveServer } from "./helpers/liveServer";

// The facilitator's balance bar counts, per actor group, who has voted or scored in the open
// round: counts for facilitators only, in the group of each person's record, never who or what.

const live = liveServer();

/** A workshop with two ideas on the board. */
async function boardWithIdeas() {
  const people = await workshopWithPeople(live.server().url);
  const fs = live.sync(people.workshop.id, people.facilitator.token);
  await waitForSynced(fs);
  const author = { id: people.facilitator.participant.id, group: "facilitator" } as const;
  const a = addCard(fs.doc, { kind: "idea", x: 0, y: 0, text: "Sporbar kongekrabbe" }, author);
  const b = addCard(fs.doc, { kind: "idea", x: 300, y: 0, text: "Grønn skipsfart i Nord-Norge" }, author);
  await confirmed(fs);
  return { ...people, a, b };
}

const lastVote = (view: SessionView) => view.votes.at(-1);
const lastScoring = (view: SessionView) => view.scoring.at(-1);

describe("the balance counts of an open round", () => {
  it("reach facilitators only, per actor group, and count a person who joined after the round opened", async () => {
    const { workshop, facilitator, kari, lars, observer, a, b } = await boardWithIdeas();
    const f = await live.person(workshop.id, facilitator.token);
    const k = await live.person(workshop.id, kari.token);
    const l = await live.person(workshop.id, lars.token);
    const o = await live.person(workshop.id, observer.token);

    const spec = { targets: { kinds: ["idea"], links: false, zoneId: null }, votesPerPerson: 2 };
    expect(await f.ask("vote:start", { ...spec, allowMultiplePerTarget: false, anonymous: true })).toEqual({
      ok: true,
    });
    await eventually(() => lastVote(k.view())?.status === "open", "round open");
    const roundId = lastVote(k.view())?.id as string;
    expect(lastVote(f.view())?.votersByGroup).toEqual({});

    // Kari (industry) votes twice, Lars (research) once; Per (public) joins only now, then votes.
    await k.ask("vote:cast", { roundId, targetId: a });
    await k.ask("vote:cast", { roundId, targetId: b });
    await l.ask("vote:cast", { roundId, targetId: a });
    const per = await join(live.server().url, workshop.id, workshop.invites.participant, "Per Áile", "public");
    const p = await live.person(workshop.id, per.token);
    expect(await p.ask("vote:cast", { roundId, targetId: b })).toEqual({ ok: true });

    await eventually(() => lastVote(f.view())?.voterCount === 3, "three voters");
    expect(lastVote(f.view())?.votersByGroup).toEqual({ industry: 1, research: 1, public: 1 });

    // Scoring: the same, each scorer in the group they scored with.
    expect(
      await f.ask("score:start", {
        targets: { kinds: ["idea"], links: false, zoneId: null },
        criteria: [{ name: "Gjennomførbarhet" }],
      }),
    ).toEqual({ ok: true });
    await eventually(() => lastScoring(k.view())?.status === "open", "scoring open");
    const scoring = lastScoring(k.view())?.id as string;
    await k.ask("score:set", { roundId: scoring, targetId: a, criterionId: "c1", score: 4 });
    await p.ask("score:set", { roundId: scoring, targetId: a, criterionId: "c1", score: 2 });
    await eventually(() => lastScoring(f.view())?.scorerCount === 2, "two scorers");
    expect(lastScoring(f.view())?.scorersByGroup).toEqual({ industry: 1, public: 1 });

    // Nobody but the facilitator ever received a count by group.
    for (const who of [k, l, o, p]) {
      const all = who.received.join("\n");
      expect(all).not.toContain("votersByGroup");
      expect(all).not.toContain("scorersByGroup");
    }

    // Once a round is closed the balance has nothing more to say about it.
    await f.ask("vote:close", { roundId });
    await f.ask("score:close", { roundId: scoring });
    await eventually(
      () => lastVote(f.view())?.status === "closed" && lastScoring(f.view())?.status === "closed",
      "rounds closed",
    );
    expect(lastVote(f.view())).not.toHaveProperty("votersByGroup");
    expect(lastScoring(f.view())).not.toHaveProperty("scorersByGroup");
  });
});
