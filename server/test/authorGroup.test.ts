import { addCard, addLink, boardFromDoc } from "@oppdag/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually, type SyncClient, syncClient, waitForSynced } from "./helpers/clients";
import { workshopWithPeople } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

// A card's and a link's actor group feed the balance of the room and every export's "was every
// group heard?": the server records the group a person joined with, whatever a client writes.

let server: TestServer;
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

function sync(workshopId: string, token: string): SyncClient {
  const c = syncClient(server.wsUrl, workshopId, token);
  cleanup.push(() => c.destroy());
  return c;
}

describe("the author's actor group on the board", () => {
  it("is the one recorded at join, for one's own cards and links and for those credited to others", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const k = sync(workshop.id, kari.token);
    const l = sync(workshop.id, lars.token);
    await Promise.all([waitForSynced(k), waitForSynced(l)]);

    // Kari (industry) claims the public sector for her card, and investors for one she credits to Lars (research).
    const own = addCard(
      k.doc,
      { kind: "strength", x: 0, y: 0, text: "Kongekrabbe" },
      { id: kari.participant.id, group: "public" },
    );
    const credited = addCard(
      k.doc,
      { kind: "opportunity", x: 300, y: 0, text: "Asia" },
      { id: lars.participant.id, group: "investors" },
    );
    const link = addLink(k.doc, own, credited, { id: kari.participant.id, group: "civil" });
    // Someone the room has never seen: nothing to check it against, so it stays as written.
    const stranger = addCard(
      k.doc,
      { kind: "idea", x: 600, y: 0, text: "Ukjent" },
      { id: "nobody", group: "external" },
    );

    const seenBy = (c: SyncClient) => boardFromDoc(c.doc);
    for (const c of [l, k]) {
      await eventually(() => {
        const board = seenBy(c);
        return (
          board.cards.find((x) => x.id === own)?.authorGroup === "industry" &&
          board.cards.find((x) => x.id === credited)?.authorGroup === "research" &&
          board.links.find((x) => x.id === link)?.authorGroup === "industry" &&
          // Sent last: the corrections of the others can arrive before it does.
          board.cards.some((x) => x.id === stranger)
        );
      }, "groups corrected");
    }
    expect(seenBy(l).cards.find((x) => x.id === stranger)?.authorGroup).toBe("external");
    // The text and everything else the client wrote is kept.
    expect(seenBy(l).cards.find((x) => x.id === own)?.text).toBe("Kongekrabbe");
  });

  it("leaves a card with the right group alone: no extra update for an honest client", async () => {
    const { workshop, kari, lars } = await workshopWithPeople(server.url);
    const k = sync(workshop.id, kari.token);
    const l = sync(workshop.id, lars.token);
    await Promise.all([waitForSynced(k), waitForSynced(l)]);
    let updates = 0;
    l.doc.on("update", () => {
      updates++;
    });
    const id = addCard(
      k.doc,
      { kind: "strength", x: 0, y: 0, text: "Havbruk" },
      { id: kari.participant.id, group: "industry" },
    );
    await eventually(() => boardFromDoc(l.doc).cards.some((c) => c.id === id), "card arrives");
    // One more round trip through the server: a correction, if any, would have come with it.
    const marker = addCard(k.doc, { kind: "idea", x: 300, y: 0 }, { id: kari.participant.id, group: "industry" });
    await eventually(() => boardFromDoc(l.doc).cards.some((c) => c.id === marker), "marker arrives");
    expect(updates).toBe(2);
  });
});
