import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

/**
 * A private writing round hides every card a participant makes, however they make it: the "add"
 * buttons, a double-click on the empty board, paste and duplicate. Nobody else sees any of them
 * before the facilitator reveals.
 */
test("in a private round, cards made by double-click, paste and duplicate stay hidden until the reveal", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Hemmelig runde i Tromsø", "Åse Fasilitator");
  const aPerson = await newPerson(browser);
  const bPerson = await newPerson(browser);
  const a = await new JoinPage(aPerson.page).join(participantLink, "Kari Nordmann", "industry");
  const b = await new JoinPage(bPerson.page).join(participantLink, "Lars Ørjasæter", "research");

  // Before the round: one public card, for Kari to copy later. Everyone sees it.
  const shared = "Kongekrabbe fra Varanger";
  await a.addCard("strength", shared);
  for (const p of [f, b]) await expect(p.card(shared)).toBeVisible();

  await f.page.getByTestId("private-toggle").click();
  for (const p of [a, b]) await expect(p.page.getByTestId("banner-private")).toBeVisible();

  // Kari makes three cards in the round: one by double-clicking the empty board, one by copy and
  // paste of the public card, one by duplicating it.
  const secret = "Hemmelig: krabbesafari om vinteren";
  await a.addCardByDoubleClick(secret);
  await a.selectCard(shared);
  await a.page.keyboard.press("Control+c");
  await a.page.keyboard.press("Control+d");
  await a.page.keyboard.press("Control+v");
  // Kari's own screen shows the three new cards: her actions happened.
  await expect(a.cardsAndDrafts()).toHaveCount(4);

  // A card the facilitator adds after Kari's actions reaches Lars after anything Kari sent before.
  const marker = "Fasilitatoren: fem minutter igjen";
  await f.addCard("question", marker);
  await expect(b.card(marker)).toBeVisible();
  // Soft: a failure names every way a card leaked, not only the first.
  for (const other of [b, f]) {
    await expect.soft(other.card(secret), "the double-clicked card leaked before the reveal").toHaveCount(0);
    await expect.soft(other.card(shared), "a pasted or duplicated card leaked before the reveal").toHaveCount(1);
    await expect.soft(other.cardsAndDrafts(), "only the public cards before the reveal").toHaveCount(2);
  }

  // They are Kari's drafts: she sees them as private cards, the facilitator sees a count.
  await expect(a.drafts()).toHaveCount(3);
  await f.page.getByTestId("people-button").click();
  await expect(
    f.page.getByTestId("person").filter({ hasText: "Kari Nordmann" }).getByTestId("hidden-count"),
  ).toHaveText("3 hidden");
  await f.page.getByTestId("people-button").click();

  // The reveal: everyone sees the same five cards, Kari's three among them, once each.
  await f.page.getByTestId("private-toggle").click();
  for (const p of [b, f, a]) {
    await expect(p.card(secret)).toBeVisible();
    await expect(p.card(shared)).toHaveCount(3);
    await expect(p.cardsAndDrafts()).toHaveCount(5);
  }
  await expect(a.drafts()).toHaveCount(0);

  await Promise.all([fac.context.close(), aPerson.context.close(), bPerson.context.close()]);
});
