import type { ActorGroup } from "@oppdag/shared";
import type { Browser, Locator, Page } from "@playwright/test";
import { type Box, boxesOverlap, JoinPage, LandingPage } from "../support/pages";
import { expect, test } from "../support/test";

/** What the facilitator needs to see at a glance (issue 10, item 5), on several devices at once. */

const LIVE = { timeout: 1_000 };
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const LONG_PHASE = "Styrkor och möjligheter i Kronobergs skogsbaserade bioekonomi och träförädling";
const LONG_INSTRUCTIONS =
  "Skriv regionens styrkor inom skog, sågverk och träförädling och de marknadsmöjligheter ni ser, ett kort per idé. " +
  "Tänk på hela värdekedjan från skogsägare till byggindustri, och på vilka aktörer i Kronoberg som redan samarbetar.";

/** A person on their own device: a browser context with its language and screen. */
async function person(browser: Browser, locale = "en-GB", viewport = LAPTOP) {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ locale, viewport, isMobile: phone, hasTouch: phone });
  return { context, page: await context.newPage() };
}

async function facilitate(browser: Browser, locale = "en-GB", viewport = LAPTOP) {
  const fac = await person(browser, locale, viewport);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board } = await landing.createWorkshop(
    "Skogen som resurs",
    "Åsa Processledare",
    "Kronoberg",
  );
  return { ...fac, participantLink, f: board };
}

async function join(
  browser: Browser,
  link: string,
  name: string,
  group: ActorGroup,
  locale = "en-GB",
  viewport = LAPTOP,
) {
  const p = await person(browser, locale, viewport);
  return { ...p, board: await new JoinPage(p.page).join(link, name, group) };
}

/** Starts the first phase of the discovery template, with a 10-minute timer. */
async function startTemplatePhase(page: Page, change?: { name: string; instructions: string }) {
  await page.getByTestId("agenda-button").click();
  await page.getByTestId("agenda-template").click();
  const first = page.getByTestId("agenda-phase").first();
  if (change) {
    await first.locator(".agenda-name").fill(change.name);
    await first.locator("textarea").fill(change.instructions);
  }
  await first.locator(".agenda-row .button.secondary").click();
  await expect(page.getByTestId("agenda-dialog")).toBeHidden();
}

/** Counts the Web Audio contexts a page creates: each tone makes one. */
const countTones = () => {
  const w = window as unknown as { __tones: number; AudioContext: typeof AudioContext };
  const Real = w.AudioContext;
  w.__tones = 0;
  w.AudioContext = class extends Real {
    constructor(options?: AudioContextOptions) {
      super(options);
      w.__tones++;
    }
  };
};
const tones = (page: Page) => page.evaluate(() => (window as unknown as { __tones: number }).__tones);

test("the facilitator sees raised hands counted on the top bar, flashing, with a tone if asked for", async ({
  browser,
}) => {
  const { context, page, participantLink } = await facilitate(browser);
  await context.addInitScript(countTones);
  await page.reload();
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry");
  const lars = await join(browser, participantLink, "Lars Ørjasæter", "research");
  const count = page.getByTestId("hands-count");
  await expect(page.getByTestId("people-panel")).toBeHidden();
  await expect(count).toHaveCount(0);

  await kari.page.getByTestId("raise-hand").click();
  await expect(count).toHaveText("1", LIVE);
  await expect(count).toHaveAttribute("data-flash", "true");
  await expect(count).toHaveAccessibleName("1 raised hand");
  expect(await tones(page), "no tone until the facilitator asks for one").toBe(0);
  await expect(kari.page.getByTestId("hands-count"), "only the facilitator sees the count").toHaveCount(0);

  // The count opens the queue, where the tone can be switched on.
  await count.click();
  await expect(page.getByTestId("hand")).toHaveText(/Kari Nordmann/);
  await page.getByTestId("hand-sound").check();
  await lars.page.getByTestId("raise-hand").click();
  await expect(count).toHaveText("2", LIVE);
  await expect.poll(() => tones(page), LIVE).toBe(1);
  await expect(count).toHaveAttribute("data-flash", "false", { timeout: 5_000 });
  await page.screenshot({ path: "/tmp/glance-hands-facilitator.png", clip: { x: 0, y: 0, ...LAPTOP, height: 420 } });

  // Lowering is not news: the count goes down, without a flash or a tone.
  await kari.page.getByTestId("raise-hand").click();
  await expect(count).toHaveText("1", LIVE);
  await expect(count).toHaveAttribute("data-flash", "false");
  expect(await tones(page)).toBe(1);

  // After a reload the choice is remembered, and a hand that was already up is not news.
  await page.reload();
  await expect(count).toHaveText("1");
  await expect(count).toHaveAttribute("data-flash", "false");
  await count.click();
  await expect(page.getByTestId("hand-sound")).toBeChecked();
  await page.getByTestId("hand").getByRole("button", { name: "Lower" }).click();
  await expect(count).toHaveCount(0, LIVE);
  await expect(lars.page.getByTestId("raise-hand")).toHaveAttribute("aria-pressed", "false", LIVE);
  expect(await tones(page)).toBe(0);

  await Promise.all([context.close(), kari.context.close(), lars.context.close()]);
});

test("a paused timer says paused on every device, in each person's language", async ({ browser }) => {
  const { context, page, participantLink } = await facilitate(browser);
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry", "nb-NO");
  const sanna = await join(browser, participantLink, "Sanna Lind", "public", "sv-SE", PHONE);
  await startTemplatePhase(page);
  for (const p of [kari.page, sanna.page]) await expect(p.getByTestId("timer")).toBeVisible(LIVE);
  await expect(sanna.page.getByTestId("timer-paused")).toHaveCount(0);

  await page.getByTestId("timer-pause").click();
  await expect(sanna.page.getByTestId("timer-paused")).toHaveText("Pausad", LIVE);
  await expect(sanna.page.getByTestId("timer-paused")).toBeInViewport();
  await expect(kari.page.getByTestId("timer-paused")).toHaveText("Pauset", LIVE);
  await expect(page.getByTestId("timer-paused")).toHaveText("Paused");
  // Still paused after a reload: it is the session's state, not a moment on one screen.
  await sanna.page.reload();
  await expect(sanna.page.getByTestId("timer-paused")).toHaveText("Pausad");

  await page.getByTestId("timer-resume").click();
  for (const p of [page, kari.page, sanna.page]) await expect(p.getByTestId("timer-paused")).toHaveCount(0, LIVE);

  await Promise.all([context.close(), kari.context.close(), sanna.context.close()]);
});

const cursorOf = (page: Page, name: string) => page.getByTestId("remote-cursor").filter({ hasText: name });
const opacityOf = (l: Locator) => l.evaluate((el) => Number(getComputedStyle(el).opacity));
/** Moves this person's pointer over the board a little, as a hand on a mouse does. */
async function wiggle(page: Page, x: number, y: number) {
  await page.mouse.move(x, y);
  await page.mouse.move(x + 40, y + 20, { steps: 4 });
}

test("a cursor that stops moving fades after a few seconds, and comes back when it moves", async ({ browser }) => {
  const { context, page, participantLink } = await facilitate(browser);
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry");
  const lars = await join(browser, participantLink, "Lars Ørjasæter", "research");
  const kariCursor = cursorOf(page, "Kari Nordmann");
  const larsCursor = cursorOf(page, "Lars Ørjasæter");

  await wiggle(kari.page, 500, 400);
  await wiggle(lars.page, 700, 300);
  await expect(kariCursor).toBeVisible(LIVE);
  await expect(larsCursor).toBeVisible(LIVE);
  expect(await opacityOf(kariCursor)).toBe(1);

  // Kari stops moving: after a few seconds her pointer steps back, faded but still there.
  await expect.poll(() => opacityOf(kariCursor), { timeout: 10_000 }).toBeLessThan(0.3);
  await expect(kariCursor).toHaveAttribute("data-idle", "true");
  // Lars moves again: his is clear while hers stays faded, until she moves too.
  await wiggle(lars.page, 650, 350);
  await expect(larsCursor).toHaveAttribute("data-idle", "false", LIVE);
  await expect.poll(() => opacityOf(larsCursor), { timeout: 3_000 }).toBe(1);
  await expect(kariCursor).toHaveAttribute("data-idle", "true");
  await wiggle(kari.page, 520, 420);
  await expect(kariCursor).toHaveAttribute("data-idle", "false", LIVE);
  await expect.poll(() => opacityOf(kariCursor), { timeout: 3_000 }).toBe(1);

  await Promise.all([context.close(), kari.context.close(), lars.context.close()]);
});

test("the cursor of someone who closes their browser is gone at once on every screen", async ({ browser }) => {
  const { context, page, participantLink } = await facilitate(browser);
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry");
  const lars = await join(browser, participantLink, "Lars Ørjasæter", "research");
  await wiggle(kari.page, 500, 400);
  await wiggle(lars.page, 700, 300);
  await expect(cursorOf(page, "Lars Ørjasæter")).toBeVisible(LIVE);
  await expect(cursorOf(kari.page, "Lars Ørjasæter")).toBeVisible(LIVE);

  await lars.context.close();
  await expect(cursorOf(page, "Lars Ørjasæter")).toHaveCount(0, LIVE);
  await expect(cursorOf(kari.page, "Lars Ørjasæter")).toHaveCount(0, LIVE);
  await expect(cursorOf(page, "Kari Nordmann")).toHaveCount(1);

  await Promise.all([context.close(), kari.context.close()]);
});

/** The session bar's height, and each of its parts' vertical centre: one row means one centre. */
const barLayout = (page: Page) =>
  page.getByTestId("session-bar").evaluate((bar) => {
    const parts = Array.from(bar.children).filter(
      (el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).position !== "absolute",
    );
    const b = bar.getBoundingClientRect();
    return {
      height: Math.round(b.height),
      centres: parts.map((el) => {
        const r = el.getBoundingClientRect();
        return Math.round(r.top + r.height / 2);
      }),
      rightmost: Math.max(...parts.map((el) => el.getBoundingClientRect().right)),
      width: b.width,
    };
  });

async function expectOneRow(page: Page) {
  const layout = await barLayout(page);
  expect(layout.height, "one row is its minimum height plus a little").toBeLessThanOrEqual(50);
  expect(Math.max(...layout.centres) - Math.min(...layout.centres), JSON.stringify(layout)).toBeLessThanOrEqual(2);
  expect(layout.rightmost, "nothing pushed off the right edge").toBeLessThanOrEqual(layout.width);
}

const TOOLS = [
  "agenda-button",
  "timer-pause|timer-resume",
  "phase-next",
  "lock-toggle",
  "private-toggle",
  "vote-button",
  "follow-toggle",
  "anonymous-toggle",
];

/** Every facilitator control is in sight, or in the "More" menu (opened here, and closed again). */
async function expectEveryTool(page: Page, shot?: string) {
  const more = page.getByTestId("tools-more");
  const tucked = (await more.count()) > 0;
  if (tucked) {
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await more.click();
    await expect(more).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByTestId("tools-menu")).toBeInViewport({ ratio: 1 });
  }
  for (const ids of TOOLS) {
    const [first, ...rest] = ids.split("|").map((id) => page.getByTestId(id));
    const tool = rest.reduce((any, l) => any.or(l), first as Locator);
    await expect(tool, ids).toBeInViewport({ ratio: 1 });
  }
  if (shot) await page.screenshot({ path: `/tmp/glance-${shot}.png`, clip: { x: 0, y: 0, ...LAPTOP, height: 320 } });
  if (tucked) {
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("tools-menu")).toBeHidden();
    await expect(more).toBeFocused();
  }
}

test("the session bar stays one row at 1366×768 in Swedish and Norwegian, and its instructions open in full", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { context, page, participantLink, f } = await facilitate(browser, "sv-SE");
  const sanna = await join(browser, participantLink, "Sanna Lind", "public", "sv-SE", PHONE);
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry", "nb-NO");
  await f.addCard("idea", "Skogsbaserad bioekonomi – skog, sågverk och träförädling");
  await startTemplatePhase(page, { name: LONG_PHASE, instructions: LONG_INSTRUCTIONS });
  // Every control at once: a running timer with its buttons, an open vote with its own.
  await page.getByTestId("vote-button").click();
  await page.getByTestId("vote-start").click();
  await expect(page.getByTestId("vote-reveal")).toBeVisible();
  await expect(page.getByTestId("timer-pause")).toBeVisible();
  await expect(page.getByTestId("phase-next")).toBeVisible();
  await kari.page.getByTestId("raise-hand").click();
  await expectOneRow(page);
  await expect(page.getByTestId("hands-count")).toHaveText("1", LIVE);
  // What does not fit is one click away, in "More", never pushed off the screen.
  await expectEveryTool(page, "facilitator-sv-more");

  const toggle = page.getByTestId("phase-toggle");
  const instructions = page.getByTestId("phase-instructions");
  const details = page.getByTestId("phase-details");
  // Cut with an ellipsis in the bar, not wrapped.
  expect(await instructions.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await instructions.evaluate((el) => getComputedStyle(el).textOverflow)).toBe("ellipsis");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(details).toBeHidden();
  const barShot = async (p: Page, name: string, extra = 0) => {
    const bar = await p.getByTestId("session-bar").boundingBox();
    if (!bar) throw new Error("no session bar");
    await p.screenshot({
      path: `/tmp/glance-${name}.png`,
      clip: { x: 0, y: 0, width: LAPTOP.width, height: bar.y + bar.height + extra },
    });
  };
  await barShot(page, "facilitator-sv");

  // A click shows the whole phase; Escape closes it and gives the focus back.
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(details).toBeVisible();
  await expect(details.locator("p")).toHaveText(LONG_INSTRUCTIONS);
  await expect(details.locator("h2")).toHaveText(LONG_PHASE);
  await expect(details).toBeInViewport({ ratio: 1 });
  await barShot(page, "facilitator-sv-instructions", 170);
  await page.keyboard.press("Escape");
  await expect(details).toBeHidden();
  await expect(toggle).toBeFocused();
  // From the keyboard alike; a click elsewhere closes it.
  await page.keyboard.press("Enter");
  await expect(details).toBeVisible();
  await page.getByTestId("board").click({ position: { x: 500, y: 300 } });
  await expect(details).toBeHidden();

  // Paused, the bar still holds one row.
  await page.getByTestId("timer-pause").click();
  await expect(page.getByTestId("timer-paused")).toHaveText("Pausad");
  await expectOneRow(page);
  await barShot(page, "facilitator-sv-paused");

  // Norwegian words are longer in places; still one row.
  await page.getByTestId("language-switcher").selectOption("nb");
  await expect(page.getByTestId("timer-paused")).toHaveText("Pauset");
  await expectOneRow(page);
  await barShot(page, "facilitator-nb");
  await expectEveryTool(page, "facilitator-nb-more");
  await expectOneRow(kari.page);

  // On a phone the bar may take two rows, but the instructions are one tap away.
  await expect(sanna.page.getByTestId("timer-paused")).toHaveText("Pausad", LIVE);
  await sanna.page.screenshot({ path: "/tmp/glance-participant-phone.png" });
  // A phone shows the instructions under the phase, their first lines at once and all with a tap.
  const onPhone = sanna.page.getByTestId("phase-instructions");
  await expect(onPhone).toBeInViewport();
  await sanna.page.getByTestId("phase-more").tap();
  await expect(onPhone).toHaveText(LONG_INSTRUCTIONS);
  await expect(onPhone).toBeInViewport({ ratio: 1 });
  await sanna.page.screenshot({ path: "/tmp/glance-participant-phone-instructions.png" });

  await Promise.all([context.close(), sanna.context.close(), kari.context.close()]);
});

test("after fit view no card lies under the minimap", async ({ browser }) => {
  const { context, page, f } = await facilitate(browser);
  for (const text of ["Nordvästra hörnet", "Mitten", "Sydöstra hörnet"]) await f.addCard("idea", text);
  const board = (await page.locator(".react-flow").boundingBox()) as Box;
  // The cards span the part of the board a fit used to fill (clear of the toolbar on the left, 48 px
  // in elsewhere): the last one ends in the corner where the minimap sits. Each is held by its
  // header, so the pointer never passes over the minimap.
  const spread = async (text: string, at: (card: Box) => { x: number; y: number }) => {
    const card = f.card(text);
    const box = (await card.boundingBox()) as Box;
    await f.dragCard(card, at(box), { x: box.x + 12, y: box.y + 8 });
  };
  await spread("Nordvästra hörnet", () => ({ x: board.x + 180, y: board.y + 48 }));
  await spread("Mitten", (c) => ({ x: board.x + board.width / 2 - c.width, y: board.y + board.height / 2 - c.height }));
  await spread("Sydöstra hörnet", (c) => ({
    x: board.x + board.width - 48 - c.width,
    y: board.y + board.height - 48 - c.height,
  }));
  const stillBoxes = async () => {
    let last = "";
    await expect
      .poll(async () => {
        const now = JSON.stringify(await f.cardBoxes());
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
    return JSON.parse(last) as Array<Box & { text: string }>;
  };
  await stillBoxes();
  await f.fitView();
  const minimap = page.locator(".react-flow__minimap");
  await expect(minimap).toBeVisible();
  // Fit view animates; read the boxes once they stand still.
  const boxes = await stillBoxes();
  const map = (await minimap.boundingBox()) as Box;
  const covered = boxes.filter((c) => boxesOverlap(c, map)).map((c) => c.text);
  expect(covered, "cards under the minimap").toEqual([]);
  await context.close();
});

test("a results sheet someone closed stays closed after a reload, until they open it", async ({ browser }) => {
  const { context, page, participantLink, f } = await facilitate(browser);
  const kari = await join(browser, participantLink, "Kari Nordmann", "industry");
  await f.addCard("idea", "Träbyggnad i Växjö");
  const vote = async () => {
    await page.getByTestId("vote-button").click();
    await page.getByTestId("vote-start").click();
    await kari.board.card("Träbyggnad i Växjö").getByTestId("vote-add").click();
    await expect(page.getByTestId("vote-bar")).toContainText("1 person has voted", LIVE);
    await page.getByTestId("vote-reveal").click();
  };
  await vote();
  const sheet = kari.page.getByTestId("vote-results");
  await expect(sheet).toBeVisible(LIVE);
  await expect(page.getByTestId("vote-results")).toBeVisible();

  await sheet.getByRole("button", { name: "Hide" }).click();
  await expect(sheet).toBeHidden();
  await kari.page.reload();
  await expect(kari.page.getByTestId("vote-bar")).toHaveAttribute("data-status", "revealed");
  await expect(sheet).toBeHidden();
  await expect(kari.page.getByTestId("results-button")).toHaveAttribute("aria-expanded", "false");
  // Only she closed it: the facilitator's stays open.
  await page.reload();
  await expect(page.getByTestId("vote-results")).toBeVisible();

  // Opened again, it stays open.
  await kari.page.getByTestId("results-button").click();
  await expect(sheet).toBeVisible();
  await kari.page.reload();
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: "Hide" }).click();

  // The next round's results open by themselves.
  await vote();
  await expect(sheet).toBeVisible(LIVE);

  await Promise.all([context.close(), kari.context.close()]);
});
