import type { Page } from "@playwright/test";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const LIVE = { timeout: 1_000 };
const TEN_MINUTES = 10 * 60 * 1000;

/** Makes this page's clock run ten minutes fast, as on a badly set laptop. */
const skewClock = (offset: number) => {
  const RealDate = Date;
  class SkewedDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = SkewedDate as DateConstructor;
};

const timerMs = async (page: Page) => Number(await page.getByTestId("timer").getAttribute("data-ms"));
const zoomOf = async (page: Page) => {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => getComputedStyle(el).transform);
  return Number(transform.match(/matrix\(([^,]+)/)?.[1] ?? "1");
};

test("a facilitator runs the room: phase and timer, lock, private round and reveal, vote and reveal, follow-me", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Verkstedet i Tromsø", "Åse Fasilitator");

  const p1Person = await newPerson(browser);
  const p2Person = await newPerson(browser);
  const skewed = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  await skewed.addInitScript(skewClock, TEN_MINUTES);
  const p3Page = await skewed.newPage();
  expect((await p3Page.evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(TEN_MINUTES - 5_000);

  const p1 = await new JoinPage(p1Person.page).join(participantLink, "Kari Nordmann", "industry");
  const p2 = await new JoinPage(p2Person.page).join(participantLink, "Lars Ørjasæter", "research");
  const p3 = await new JoinPage(p3Page).join(participantLink, "Sanna Sámi", "civil");
  const participants = [p1, p2, p3];

  // A phase with a timer, from the agenda template.
  await f.page.getByTestId("agenda-button").click();
  await f.page.getByTestId("agenda-template").click();
  await f.page.getByTestId("agenda-phase").first().getByRole("button", { name: "Start" }).click();
  await expect(f.page.getByTestId("agenda-dialog")).toBeHidden();
  for (const p of participants) await expect(p.page.getByTestId("phase-name")).toHaveText("Briefing", LIVE);
  await expect(p1.page.getByTestId("session-bar")).toContainText("Listen to the analysis of the region");
  // The participant whose clock is ten minutes fast sees the same time left as the others.
  await expect.poll(() => timerMs(p3.page)).toBeGreaterThan(0);
  const [a, b] = [await timerMs(p1.page), await timerMs(p3.page)];
  expect(Math.abs(a - b)).toBeLessThan(1_000);
  expect(b).toBeGreaterThan(9 * 60 * 1000);
  expect(b).toBeLessThanOrEqual(10 * 60 * 1000);

  // Lock: participants become read-only until the facilitator unlocks.
  await f.page.getByTestId("lock-toggle").click();
  for (const p of participants) {
    await expect(p.page.getByTestId("banner-locked")).toBeVisible(LIVE);
    await expect(p.page.getByTestId("add-strength")).toHaveCount(0);
  }
  await expect(f.page.getByTestId("add-strength")).toBeVisible();
  await f.page.getByTestId("lock-toggle").click();
  await expect(p1.page.getByTestId("add-strength")).toBeVisible(LIVE);

  // Private writing: a card only its author sees, until the reveal.
  await f.page.getByTestId("private-toggle").click();
  await expect(p1.page.getByTestId("banner-private")).toBeVisible(LIVE);
  await p1.page.getByTestId("add-idea").click();
  const draft = p1.page.getByTestId("draft-card").locator("textarea");
  await draft.fill("Hemmelig idé: krabbesafari");
  await draft.blur();
  await f.page.getByTestId("people-button").click();
  await expect(
    f.page.getByTestId("person").filter({ hasText: "Kari Nordmann" }).getByTestId("hidden-count"),
  ).toHaveText("1 hidden", LIVE);
  await f.page.getByTestId("people-button").click();
  for (const other of [p2, p3, f]) await expect(other.card("Hemmelig idé: krabbesafari")).toHaveCount(0);
  await p1.page.reload();
  await expect(p1.page.getByTestId("draft-card").locator("textarea")).toHaveValue("Hemmelig idé: krabbesafari");
  await f.page.getByTestId("private-toggle").click();
  for (const p of [f, p2, p3, p1]) await expect(p.card("Hemmelig idé: krabbesafari")).toBeVisible(LIVE);
  await expect(p1.page.getByTestId("draft-card")).toHaveCount(0);

  // Dot voting: ballots hidden until the reveal, then counts on the cards and a ranked list.
  await f.addCard("idea", "Idé A: levende krabbe");
  await f.addCard("idea", "Idé B: sporbarhet");
  await f.page.getByTestId("vote-button").click();
  await f.page.getByTestId("vote-start").click();
  await expect(p1.page.getByTestId("votes-left")).toHaveText("3 of 3 votes left", LIVE);
  await p1.card("Idé A: levende krabbe").getByTestId("vote-add").click();
  await expect(p1.page.getByTestId("votes-left")).toHaveText("2 of 3 votes left", LIVE);
  await p2.card("Idé A: levende krabbe").getByTestId("vote-add").click();
  await p3.card("Idé B: sporbarhet").getByTestId("vote-add").click();
  await expect(f.page.getByTestId("vote-bar")).toContainText("3 people have voted", LIVE);
  await expect(p2.card("Idé A: levende krabbe").getByTestId("vote-count")).toHaveCount(0);
  await f.page.getByTestId("vote-reveal").click();
  for (const p of [f, p1, p2, p3]) {
    await expect(p.card("Idé A: levende krabbe").getByTestId("vote-count")).toHaveText("2 votes", LIVE);
    await expect(p.card("Idé B: sporbarhet").getByTestId("vote-count")).toHaveText("1 vote");
  }
  await expect(p2.page.getByTestId("vote-result").first()).toContainText("Idé A: levende krabbe");

  // Follow me: everyone follows the facilitator's view until they move themselves.
  await f.page.getByTestId("follow-toggle").click();
  await expect(p1.page.getByTestId("banner-following")).toBeVisible(LIVE);
  await f.page.locator(".react-flow__controls-zoomout").click();
  await f.page.locator(".react-flow__controls-zoomout").click();
  const facZoom = await zoomOf(f.page);
  for (const p of participants) await expect.poll(() => zoomOf(p.page), LIVE).toBeCloseTo(facZoom, 2);
  const pane = await p1.board.boundingBox();
  if (!pane) throw new Error("no board");
  await p1.page.mouse.move(pane.x + 300, pane.y + pane.height - 60);
  await p1.page.mouse.down();
  await p1.page.mouse.move(pane.x + 380, pane.y + pane.height - 120, { steps: 5 });
  await p1.page.mouse.up();
  await expect(p1.page.getByTestId("banner-follow-stopped")).toBeVisible(LIVE);
  await p1.page.getByTestId("follow-again").click();
  await expect(p1.page.getByTestId("banner-following")).toBeVisible(LIVE);

  await Promise.all([fac.context.close(), p1Person.context.close(), p2Person.context.close(), skewed.close()]);
});
