import type { Page } from "@playwright/test";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const LIVE = { timeout: 2_000 };

/** A card's place and width on the board (its document values, as React Flow draws them). */
async function cardPlace(page: Page, text: string) {
  return page.locator(".react-flow__node-card", { hasText: text }).evaluate((el: HTMLElement) => {
    const m = el.style.transform.match(/translate\(([-\d.]+)px, ?([-\d.]+)px\)/);
    return { x: Number(m?.[1]), y: Number(m?.[2]), w: Number.parseFloat(el.style.width) };
  });
}

/** What has focus: the text of the card it is on (or null), and whether it is inside the board. */
async function focusOf(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const node = el?.closest(".react-flow__node-card");
    return {
      card: node?.querySelector("[data-testid=card-text], textarea")?.textContent ?? null,
      cardNode: !!node && node === el,
      inBoard: !!el?.closest("[data-testid=board]"),
      tag: el?.tagName ?? "",
      testId: el?.getAttribute("data-testid") ?? null,
    };
  });
}

/** Presses Tab until focus is on the element with this test id (or the card with this text). */
async function tabTo(page: Page, is: (f: Awaited<ReturnType<typeof focusOf>>) => boolean, max = 160) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (is(await focusOf(page))) return;
  }
  throw new Error("Tab never reached it");
}

test("the board without a mouse: create, move, resize, link, edit, delete, vote, shortcuts", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Tastaturverkstedet", "Åse Fasilitator");
  const p = await new JoinPage((await newPerson(browser)).page).join(participantLink, "Kari Nordmann", "industry");
  const keys = f.page.keyboard;

  // N: an idea card in view, open for typing; Escape leaves the editor with focus on the card.
  await keys.press("n");
  await expect(f.page.locator(".react-flow__node-card textarea")).toBeFocused();
  await keys.type("Kongekrabbe-safari", { delay: 5 });
  await keys.press("Escape");
  await expect.poll(() => focusOf(f.page)).toMatchObject({ card: "Kongekrabbe-safari", cardNode: true });
  await expect(f.card("Kongekrabbe-safari").locator(".card")).toHaveClass(/selected/);
  // The focus ring shows on the focused card.
  const ring = await f
    .card("Kongekrabbe-safari")
    .locator(".card")
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe("solid");
  await f.page.screenshot({ path: testInfo.outputPath("focus-ring-desktop.png") });

  // 1: a strength card (the kinds in toolbar order, 1–5).
  await keys.press("1");
  await keys.type("Havbruk", { delay: 5 });
  await keys.press("Escape");
  await expect(f.card("Havbruk").locator(".card")).toHaveAttribute("data-kind", "strength");
  await expect(p.card("Havbruk")).toBeVisible(LIVE);

  // Arrows move the selected card, 10 px a press and 50 with Shift, live for everyone.
  const before = await cardPlace(p.page, "Havbruk");
  for (let i = 0; i < 3; i++) await keys.press("ArrowRight");
  await keys.press("Shift+ArrowDown");
  await expect
    .poll(() => cardPlace(p.page, "Havbruk"), LIVE)
    .toEqual({ x: before.x + 30, y: before.y + 50, w: before.w });

  // Alt+arrows resize it (and Alt+Left is not the browser's Back here).
  const url = f.page.url();
  for (let i = 0; i < 3; i++) await keys.press("Alt+ArrowRight");
  await keys.press("Alt+ArrowLeft");
  await expect.poll(async () => (await cardPlace(p.page, "Havbruk")).w, LIVE).toBe(before.w + 20);
  expect(f.page.url()).toBe(url);

  // L links from the selected card: arrows pick the other card, Enter makes the link.
  await keys.press("l");
  await expect(f.page.getByTestId("banner-linking")).toContainText("Havbruk");
  const a = await f.card("Havbruk").boundingBox();
  const b = await f.card("Kongekrabbe-safari").boundingBox();
  if (!a || !b) throw new Error("cards not found");
  const [dx, dy] = [b.x + b.width / 2 - (a.x + a.width / 2), b.y + b.height / 2 - (a.y + a.height / 2)];
  const towards =
    Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "ArrowRight" : "ArrowLeft") : dy > 0 ? "ArrowDown" : "ArrowUp";
  await keys.press(towards);
  await expect.poll(() => focusOf(f.page)).toMatchObject({ card: "Kongekrabbe-safari", cardNode: true });
  await expect(f.card("Havbruk").locator(".card")).toHaveClass(/selected/);
  await keys.press("Enter");
  await expect(f.page.getByTestId("banner-linking")).toHaveCount(0);
  await expect(f.page.locator(".react-flow__edge")).toHaveCount(1);
  await expect(p.page.locator(".react-flow__edge")).toHaveCount(1, LIVE);

  // Enter selects the focused card, Enter again edits it.
  await keys.press("Enter");
  await expect(f.card("Kongekrabbe-safari").locator(".card")).toHaveClass(/selected/);
  await keys.press("Enter");
  await expect(f.page.locator(".react-flow__node-card textarea")).toBeFocused();
  await keys.press("End");
  await keys.type(" i Finnmark", { delay: 5 });
  await keys.press("Escape");
  await expect(p.card("Kongekrabbe-safari i Finnmark")).toBeVisible(LIVE);
  // A second Escape clears the selection; focus stays on the card, in the board.
  await keys.press("Escape");
  await expect(f.page.locator(".card.selected")).toHaveCount(0);
  expect(await focusOf(f.page)).toMatchObject({ card: "Kongekrabbe-safari i Finnmark", inBoard: true });

  // Delete removes the selected card; focus stays in the board, never on the page body.
  await keys.press("5");
  await keys.type("Slett meg", { delay: 5 });
  await keys.press("Escape");
  await expect(p.card("Slett meg")).toBeVisible(LIVE);
  await keys.press("Delete");
  await expect(f.card("Slett meg")).toHaveCount(0);
  await expect(p.card("Slett meg")).toHaveCount(0, LIVE);
  await expect.poll(async () => (await focusOf(f.page)).inBoard).toBe(true);

  // The session bar is reachable by Tab: the facilitator starts a vote round from the keyboard.
  await tabTo(f.page, (x) => x.testId === "vote-button");
  await keys.press("Enter");
  await expect(f.page.getByTestId("vote-dialog")).toBeVisible();
  await keys.type("Beste idé", { delay: 5 });
  await keys.press("Enter");
  await expect(f.page.getByTestId("vote-dialog")).toBeHidden();

  // A participant votes from the keyboard: Tab to the idea card, V (or +) votes, − (or Shift+V) takes it back.
  const pk = p.page.keyboard;
  await expect(p.page.getByTestId("votes-left")).toHaveText("3 of 3 votes left", LIVE);
  await pk.press("Escape");
  await expect.poll(async () => (await focusOf(p.page)).inBoard).toBe(true);
  await tabTo(p.page, (x) => x.cardNode && x.card === "Kongekrabbe-safari i Finnmark");
  await pk.press("v");
  await expect(p.page.getByTestId("votes-left")).toHaveText("2 of 3 votes left", LIVE);
  // One vote a card in this round: a second V does nothing; − takes it back, + gives it again.
  await pk.press("v");
  await pk.press("-");
  await expect(p.page.getByTestId("votes-left")).toHaveText("3 of 3 votes left", LIVE);
  await pk.press("+");
  await expect(p.page.getByTestId("votes-left")).toHaveText("2 of 3 votes left", LIVE);
  await expect(p.card("Kongekrabbe-safari i Finnmark").locator(".vote-dot.mine")).toHaveCount(1);

  // Follow-me, started from the session bar by Tab; F stops following and follows again.
  await tabTo(f.page, (x) => x.testId === "follow-toggle");
  await keys.press("Enter");
  await expect(p.page.getByTestId("banner-following")).toBeVisible(LIVE);
  await pk.press("f");
  await expect(p.page.getByTestId("banner-follow-stopped")).toBeVisible();
  await pk.press("f");
  await expect(p.page.getByTestId("banner-following")).toBeVisible();
  await tabTo(p.page, (x) => x.cardNode && x.card === "Kongekrabbe-safari i Finnmark");

  // ? opens the shortcut sheet, focus inside it; Escape closes it and focus is back on the card.
  await pk.press("?");
  const sheet = p.page.getByTestId("shortcut-sheet");
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  await expect.poll(() => p.page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
  await p.page.screenshot({ path: testInfo.outputPath("shortcut-sheet-desktop.png") });
  await pk.press("Escape");
  await expect(sheet).toHaveCount(0);
  expect(await focusOf(p.page)).toMatchObject({ card: "Kongekrabbe-safari i Finnmark", cardNode: true });

  // Escape keeps focus in the board, and the sheet is also a button away.
  await pk.press("Escape");
  expect((await focusOf(p.page)).inBoard).toBe(true);
  await tabTo(p.page, (x) => x.testId === "shortcut-button");
  await pk.press("Enter");
  await expect(sheet).toBeVisible();
  await pk.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect.poll(async () => (await focusOf(p.page)).testId).toBe("shortcut-button");

  // On a phone-sized screen (say, with a keyboard attached) the ring shows the same.
  const phone = await (await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 } })).newPage();
  const ph = await new JoinPage(phone).join(participantLink, "Sanna Sámi", "civil");
  await ph.page.keyboard.press("Escape");
  await tabTo(ph.page, (x) => x.cardNode);
  await ph.page.keyboard.press("Enter");
  await ph.page.screenshot({ path: testInfo.outputPath("focus-ring-phone.png") });
});

test("a private draft is written and moved from the keyboard too", async ({ browser }) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Stille skriving", "Åse Fasilitator");
  const p = await new JoinPage((await newPerson(browser)).page).join(participantLink, "Kari Nordmann", "industry");
  await tabTo(f.page, (x) => x.testId === "private-toggle");
  await f.page.keyboard.press("Enter");
  await expect(p.page.getByTestId("banner-private")).toBeVisible(LIVE);

  const keys = p.page.keyboard;
  await keys.press("n");
  const editor = p.drafts().locator("textarea");
  await expect(editor).toBeFocused();
  await keys.type("Hemmelig idé", { delay: 5 });
  await keys.press("Escape");
  await expect
    .poll(() => p.page.evaluate(() => document.activeElement?.classList.contains("react-flow__node-draft")))
    .toBe(true);
  const place = () => p.page.locator(".react-flow__node-draft").evaluate((el: HTMLElement) => el.style.transform);
  const before = await place();
  await expect(p.drafts()).toHaveClass(/selected/);
  await keys.press("Shift+ArrowRight");
  await expect.poll(place).not.toBe(before);
  const x = (t: string) => Number(t.match(/translate\(([-\d.]+)px/)?.[1]);
  expect(x(await place())).toBe(x(before) + 50);
  // The move reached the server: it stays after the server's next state of the drafts.
  await keys.press("Enter");
  await expect(editor).toBeFocused();
  await keys.type("!", { delay: 5 });
  await keys.press("Escape");
  await expect.poll(async () => x(await place()), LIVE).toBe(x(before) + 50);
});

test("zones resize from the keyboard, and Delete in a toolbar keeps focus in the board", async ({ browser }) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { board: f } = await landing.createWorkshop("Soner uten mus", "Åse Fasilitator");
  const page = f.page;
  const zone = page.locator(".react-flow__node-zone");
  const width = () => zone.evaluate((el: HTMLElement) => Number.parseFloat(el.style.width));
  const height = () => zone.evaluate((el: HTMLElement) => Number.parseFloat(el.style.height));

  await page.getByTestId("add-zone").press("Enter");
  await expect(zone).toHaveCount(1);
  await zone.focus();
  const [w, h] = [await width(), await height()];
  // Alt+arrows resize the selected zone as they do a card; Shift takes the larger step.
  await page.keyboard.press("Alt+ArrowRight");
  await expect.poll(width, LIVE).toBeGreaterThan(w);
  await page.keyboard.press("Shift+Alt+ArrowDown");
  await expect.poll(height, LIVE).toBeGreaterThan(h + 20);
  // Never smaller than its resize handles allow.
  for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+Alt+ArrowLeft");
  await expect.poll(width, LIVE).toBe(200);

  // The zone's own Delete button, reached by keyboard: the zone goes, focus stays in the board.
  await zone
    .getByRole("button", { name: /delete|slett|ta bort/i })
    .or(page.locator(".node-toolbar").getByRole("button", { name: /delete|slett|ta bort/i }))
    .first()
    .press("Enter");
  await expect(zone).toHaveCount(0);
  await expect.poll(() => focusOf(page)).toMatchObject({ inBoard: true });

  // The same for a card's toolbar.
  await page.keyboard.press("n");
  await page.keyboard.type("Kort som går", { delay: 5 });
  await page.keyboard.press("Escape");
  await page
    .locator(".node-toolbar")
    .getByRole("button", { name: /delete|slett|ta bort/i })
    .press("Enter");
  await expect(f.card("Kort som går")).toHaveCount(0);
  await expect.poll(() => focusOf(page)).toMatchObject({ inBoard: true });
  await fac.context.close();
});
