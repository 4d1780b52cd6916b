import type { Page } from "@playwright/test";
import { LandingPage, newPerson, overlappingPairs } from "../support/pages";
import { expect, test } from "../support/test";

const LONG = "Skogsbaserad bioekonomi – skog, sågverk och träförädling";
/** Far more than a card shows: its end must be reachable, never silently gone. */
const VERY_LONG = `${"Småländsk skogsindustri med lokala sågverk, snickerier och möbeltillverkare i Kronoberg. ".repeat(6)}SLUTET`;

/** A card's height in board pixels (its node's own box, whatever the zoom). */
async function cardHeight(page: Page, text: string): Promise<number> {
  return page.locator(".react-flow__node-card", { hasText: text }).evaluate((n) => (n as HTMLElement).offsetHeight);
}

test("a card grows to fit its text; past the limit it ends in an ellipsis with the whole text on hover and focus", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { board } = await landing.createWorkshop("Kronobergs bioekonomi", "Åsa Facilitator", "Kronoberg");
  const page = board.page;

  await board.addCard("idea", "Kort");
  await board.addCard("strength", LONG);
  await board.addCard("opportunity", VERY_LONG);

  // The short card keeps the default height; the long one grew, and every word of it shows.
  expect(await cardHeight(page, "Kort")).toBe(120);
  await expect.poll(() => cardHeight(page, LONG)).toBeGreaterThan(120);
  const long = board.card(LONG).getByTestId("card-text");
  await expect(long).not.toHaveAttribute("data-clamped");
  await expect(long).not.toHaveAttribute("title");
  const fits = await long.evaluate((p) => p.scrollHeight <= p.clientHeight + 1);
  expect(fits, "the whole of the long text shows").toBe(true);

  // The very long one stops at the limit, ends in an ellipsis, and says the whole text in its title.
  const veryLong = board.card("Småländsk skogsindustri").getByTestId("card-text");
  await expect(veryLong).toHaveAttribute("data-clamped", "true");
  await expect(veryLong).toHaveAttribute("title", VERY_LONG);
  const clamp = await veryLong.evaluate((p) => ({
    lines: getComputedStyle(p).webkitLineClamp,
    cut: p.scrollHeight > p.clientHeight + 1,
  }));
  expect(clamp.lines).toBe("8");
  expect(clamp.cut, "the text is cut, with the ellipsis the line clamp draws").toBe(true);
  const grown = await cardHeight(page, "Småländsk skogsindustri");
  expect(grown).toBeGreaterThan(await cardHeight(page, LONG));
  expect(grown).toBeLessThan(300);

  // Focus shows it all: the text is no longer cut, and scrolls where it is taller than the screen.
  const clampedHeight = await veryLong.evaluate((p) => p.clientHeight);
  await veryLong.focus();
  await expect.poll(() => veryLong.evaluate((p) => getComputedStyle(p).webkitLineClamp)).toBe("none");
  await expect.poll(() => veryLong.evaluate((p) => p.clientHeight)).toBeGreaterThan(clampedHeight);
  expect(await veryLong.evaluate((p) => getComputedStyle(p).overflowY)).toBe("auto");
  await veryLong.blur();

  // Placement reckons with the grown heights: no card lies over another.
  expect(overlappingPairs(await board.cardBoxes())).toEqual([]);

  await fac.context.close();
});
