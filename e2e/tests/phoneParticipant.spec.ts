import type { Page } from "@playwright/test";
import { PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { tromsRoom } from "../support/tromsRoom";

/**
 * A participant on a phone does everything the room asks with taps alone: reads the phase, adds
 * cards into zones, edits them in a sheet, links them from a list, votes, writes in private,
 * and moves between the list, the board, the notes and the plan with the phone's Back button.
 */

/**
 * Every visible button and field in the phone view is at least 44 × 44 px (WCAG 2.5.5, Apple's
 * and Google's guides), but what is drawn on the board itself, whose size follows the zoom.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        ".phone-workshop button, .phone-workshop select, .phone-workshop input, dialog[open] button, dialog[open] select",
      ),
    )
      // What is drawn on the board itself grows and shrinks with its zoom; everything around it must not.
      .filter((el) => !el.closest(".react-flow__viewport"))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      // Half a pixel for sub-pixel layout (a 44 px box can measure 43.99998).
      .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
      .map(({ el, r }) => `${el.textContent?.trim() || el.getAttribute("aria-label")}: ${r.width}×${r.height}`),
  );
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("on a phone a participant reads the phase, adds, edits, links and votes by touch", async ({ browser }) => {
  const room = await tromsRoom();
  await room.ask("phases:set", {
    phases: [
      {
        id: "p1",
        name: "Styrker og muligheter",
        durationSec: 900,
        instructions: "Skriv ned det regionen er god på, og hvilke markeder det kan møte. Ett kort per tanke.",
      },
      { id: "p2", name: "Prioritering", durationSec: 600, instructions: "Stem på ideene regionen bør satse på." },
    ],
  });
  await room.ask("phase:start", { phaseId: "p1" });

  const { context, phone } = await PhonePage.join(browser, room.invite, "Kari Nordmann", "industry");
  const page = phone.page;
  // What the room is doing is on screen without a tap: the phase, its place in the agenda, the timer.
  const panel = page.getByTestId("phase-panel");
  await expect(panel.getByTestId("phase-name")).toHaveText("Styrker og muligheter");
  await expect(panel).toContainText("Fase 1 av 2");
  await expect(panel.getByTestId("phase-instructions")).toBeInViewport();
  await expect(panel.getByTestId("timer")).toBeVisible();
  // The board, read as a list by zone and kind.
  await expect(phone.zone("Styrker").getByTestId("list-card")).toHaveCount(2);
  await expect(phone.zone("Muligheter i markedet")).toContainText("Sporbar sjømat til Asia");
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await smallTargets(page)).toEqual([]);

  // Add an idea into the market zone: the sheet opens for writing at once.
  await phone.addCard("idea", "Krabbesafari med samiske guider", "Muligheter i markedet");
  await expect(phone.zone("Muligheter i markedet").getByTestId("list-card")).toHaveCount(3);
  await expect
    .poll(async () => (await room.stored()).cards.find((c) => c.text === "Krabbesafari med samiske guider")?.kind)
    .toBe("idea");
  const added = (await room.stored()).cards.find((c) => c.text === "Krabbesafari med samiske guider");
  // It was placed inside the zone it was added to, so the board shows it there too.
  expect(added && added.x >= 800 && added.x + added.w <= 1500 && added.y >= 0 && added.y <= 500).toBe(true);

  // Edit a card: more text, another kind, and a link chosen from a list.
  await phone.card("Kongekrabbe og levende sjømat").tap();
  const sheet = phone.sheet();
  await expect(sheet).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  const text = sheet.getByTestId("sheet-text");
  await text.tap();
  await text.press("End");
  await text.pressSequentially(" i Øst-Finnmark", { delay: 5 });
  await sheet.getByRole("button", { name: "Mulighet" }).tap();
  await sheet.getByTestId("link-to").tap();
  const picker = page.getByTestId("link-picker");
  await picker.getByRole("searchbox").fill("asia");
  await expect(picker.getByTestId("link-target")).toHaveCount(1);
  await picker.getByTestId("link-target").tap();
  await expect(sheet.getByTestId("sheet-link")).toContainText("Sporbar sjømat til Asia");
  await sheet.getByTestId("sheet-close").tap();
  await expect
    .poll(async () => (await room.stored()).links.map((l) => [l.source, l.target]))
    .toEqual([["crab", "asia"]]);
  const crab = (await room.stored()).cards.find((c) => c.id === "crab");
  expect(crab?.text).toBe("Kongekrabbe og levende sjømat i Øst-Finnmark");
  expect(crab?.kind).toBe("opportunity");
  await expect(phone.card("Kongekrabbe og levende sjømat i Øst-Finnmark")).toContainText("1 kobling");

  // A vote: the list shows what can be voted on, and a tap casts a vote the server counts.
  await room.ask("vote:start", {
    title: "Hvilke ideer bør regionen satse på?",
    targets: { kinds: ["idea"], links: false, zoneId: null },
    votesPerPerson: 2,
    allowMultiplePerTarget: false,
    anonymous: true,
  });
  await expect(page.getByTestId("votes-left")).toHaveText("2 av 2 stemmer igjen");
  await expect(page.getByTestId("list-card")).toHaveCount(2);
  expect(await smallTargets(page)).toEqual([]);
  await phone.card("Krabbesafari med samiske guider").getByTestId("vote-add").tap();
  await expect(page.getByTestId("votes-left")).toHaveText("1 av 2 stemmer igjen");
  await expect.poll(() => room.state.session?.votes.at(-1)?.voterCount).toBe(1);
  await page.getByTestId("show-all").tap();
  await expect(page.getByTestId("list-card")).toHaveCount(5);

  // Back goes back: list → board → notes, and Back twice returns to the list.
  await phone.go("board");
  await expect(page.getByTestId("board")).toBeVisible();
  await expect(page.locator(".react-flow__node-card").first()).toBeVisible();
  // On the board too, adding is one labelled button; the new card comes into view once written.
  await page.getByTestId("add-any").tap();
  await page.getByTestId("add-sheet").getByTestId("phone-add-question").tap();
  await expect(phone.sheet().getByTestId("sheet-text")).toBeFocused();
  await phone.sheet().getByTestId("sheet-text").pressSequentially("Hvem eier sporingsdataene?", { delay: 5 });
  await phone.sheet().getByTestId("sheet-close").tap();
  await expect(page.locator(".react-flow__node-card", { hasText: "Hvem eier sporingsdataene?" })).toBeInViewport();
  expect(await smallTargets(page)).toEqual([]);
  await phone.go("notes");
  await expect(page.getByTestId("notes-editor")).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.goBack();
  await expect(page.getByTestId("board")).toBeVisible();
  await page.goBack();
  await expect(phone.list()).toBeVisible();
  // A card opened from the list closes with Back, and the list stays.
  await phone.card("Sporbar sjømat til Asia").tap();
  await expect(phone.sheet()).toBeVisible();
  await page.goBack();
  await expect(phone.sheet()).toBeHidden();
  await expect(phone.list()).toBeVisible();

  // A raised hand reaches the facilitator's queue, and comes down again.
  await page.getByTestId("raise-hand").tap();
  await expect.poll(() => room.state.session?.hands.length).toBe(1);
  await expect(page.getByTestId("raise-hand")).toHaveAttribute("aria-pressed", "true");
  await page.getByTestId("raise-hand").tap();
  await expect.poll(() => room.state.session?.hands.length).toBe(0);

  // What the facilitator points at is a tap away: a highlighted card, the board they show.
  await room.ask("spotlight:set", { cardId: "asia" });
  await page.getByTestId("spotlight-banner").getByRole("button").tap();
  await expect(phone.sheet()).toContainText("Sporbar sjømat til Asia");
  await phone.sheet().getByTestId("sheet-close").tap();
  await room.ask("spotlight:set", { cardId: null });
  await room.ask("follow:set", { active: true });
  await page.getByTestId("presenting-banner").getByRole("button").tap();
  await expect(page.getByTestId("board")).toBeVisible();

  room.control.disconnect();
  await context.close();
});

test("on a phone private writing stays private until the reveal, and a locked board is read-only", async ({
  browser,
}) => {
  const room = await tromsRoom();
  const { context, phone } = await PhonePage.join(browser, room.invite, "Nils Pedersen", "research");
  const page = phone.page;
  await room.ask("private:set", { active: true });
  await expect(page.getByTestId("phase-panel")).toContainText("Privat skriving");
  await phone.addCard("strength", "Havforskning ved UiT");
  const drafts = page.getByTestId("list-draft");
  await expect(drafts).toHaveText([/Havforskning ved UiT/]);
  // Only this phone has it: the shared board does not.
  expect((await room.stored()).cards.some((c) => c.text.includes("Havforskning"))).toBe(false);

  await room.ask("private:set", { active: false });
  await expect(drafts).toHaveCount(0);
  await expect(phone.card("Havforskning ved UiT")).toBeVisible();
  await expect.poll(async () => (await room.stored()).cards.some((c) => c.text === "Havforskning ved UiT")).toBe(true);

  await room.ask("board:lock", { locked: true });
  await expect(page.getByTestId("phase-panel")).toContainText("Tavla er låst");
  await expect(page.getByTestId("phone-add")).toHaveCount(0);
  await phone.card("Havforskning ved UiT").tap();
  await expect(phone.sheet().getByTestId("sheet-text")).toHaveText("Havforskning ved UiT");
  await expect(phone.sheet().locator("textarea")).toHaveCount(0);
  await expect(phone.sheet().getByTestId("link-to")).toHaveCount(0);

  room.control.disconnect();
  await context.close();
});
