import { cardText } from "@oppdag/shared";
import { syncClient, waitForSynced } from "../../server/test/helpers/clients";
import { baseUrl, JoinPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";
import { tromsRoom } from "../support/tromsRoom";

/**
 * Seen from far (below 35 % zoom) a card is drawn as its coloured box; its link handles stay in
 * the layout, unseen, so a link still meets its card when the card changes size meanwhile.
 */
test("seen from far, a link still meets a card whose text no longer shows", async ({ browser }) => {
  const room = await tromsRoom([{ id: "linkCrabAsia", source: "crab", target: "asia", label: "levende krabbe" }]);
  const person = await newPerson(browser, "nb-NO");
  const me = await new JoinPage(person.page).join(room.invite, "Kari Nordmann", "industry");
  const page = me.page;
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  // Someone else writes a long text into the linked card: it grows past its set height.
  const peer = syncClient(baseUrl().replace(/^http/, "ws"), room.id, room.token);
  await waitForSynced(peer);
  peer.doc.transact(() =>
    cardText(peer.doc, "crab")?.insert(0, "Levende kongekrabbe fra Øst-Finnmark og Troms, ".repeat(4)),
  );
  await expect(me.card("Levende kongekrabbe fra Øst-Finnmark")).toBeVisible();

  // Zoomed out: the text leaves the card, which shrinks to its set height.
  for (let i = 0; i < 12 && !(await page.locator(".board.far").count()); i++) {
    await page.locator(".react-flow__controls-zoomout").click();
  }
  await expect(page.locator(".board.far")).toHaveCount(1);

  // The link's drawn line lies within the two cards' reach, not off to a point far away.
  await expect
    .poll(async () => {
      const edge = await page.locator(".react-flow__edge path").first().boundingBox();
      const a = await page.locator('.react-flow__node[data-id="crab"]').boundingBox();
      const b = await page.locator('.react-flow__node[data-id="asia"]').boundingBox();
      if (!edge || !a || !b) return false;
      const left = Math.min(a.x, b.x) - 4;
      const right = Math.max(a.x + a.width, b.x + b.width) + 4;
      const top = Math.min(a.y, b.y) - 4;
      const bottom = Math.max(a.y + a.height, b.y + b.height) + 4;
      return edge.x >= left && edge.x + edge.width <= right && edge.y >= top && edge.y + edge.height <= bottom;
    })
    .toBe(true);
  peer.destroy();
  room.control.disconnect();
  await person.context.close();
});
