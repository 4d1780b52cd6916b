import fs from "node:fs";
import path from "node:path";
import { DEMO_CARDS, DEMO_LINKS, DEMO_NOTES, DEMO_WORKSHOP } from "../support/demo";
import { BoardPage, baseUrl, JoinPage, LandingPage } from "../support/pages";
import { startServer } from "../support/server";
import { expect, test } from "../support/test";

/**
 * Not a test of behaviour: renders every screen at desktop and phone size into docs/screenshots so
 * people can look at them. Run with `pnpm screenshots`.
 */
const item0 = (page: import("@playwright/test").Page) => page.getByTestId("action-item").first();
const outDir = path.resolve(import.meta.dirname, "../../docs/screenshots");
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

test("screens", async ({ browser }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(outDir, { recursive: true });
  const shot = (page: import("@playwright/test").Page, name: string) =>
    page.screenshot({ path: path.join(outDir, `${name}.png`) });

  const fCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const f = await fCtx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  await expect(f.getByTestId("create-form")).toBeVisible();
  await shot(f, "landing-desktop");
  await f.getByTestId("create-form").locator("input[name=title]").fill(DEMO_WORKSHOP.title);
  const {
    participantLink,
    observerLink,
    board: fBoard,
  } = await (async () => {
    const form = f.getByTestId("create-form");
    await form.locator("input[name=region]").fill(DEMO_WORKSHOP.region);
    await form.locator("input[name=name]").fill("Åse Fasilitator");
    await form.getByRole("button").click();
    await expect(f.getByTestId("share-dialog")).toBeVisible();
    await shot(f, "share-desktop");
    const links = {
      participantLink: await f.getByTestId("invite-participant").inputValue(),
      observerLink: await f.getByTestId("invite-observer").inputValue(),
    };
    await f.getByTestId("share-dialog").getByRole("button", { name: /lukk/i }).click();
    return { ...links, board: new BoardPage(f) };
  })();

  const kCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP });
  const k = await kCtx.newPage();
  await k.goto(participantLink);
  await shot(k, "join-desktop");
  const kari = await new JoinPage(k).join(participantLink, "Kari Nordmann", "industry");

  const phoneCtx = await browser.newContext({
    locale: "sv-SE",
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const phone = await phoneCtx.newPage();
  await phone.goto(baseUrl());
  await expect(phone.getByTestId("create-form")).toBeVisible();
  await shot(phone, "landing-phone");
  await phone.goto(participantLink);
  await shot(phone, "join-phone");
  const lars = await new JoinPage(phone).join(participantLink, "Lars Ørjasæter", "research");

  for (const [i, card] of DEMO_CARDS.entries()) await (i % 2 === 0 ? kari : fBoard).addCard(card.kind, card.text);
  for (const [a, b, label] of DEMO_LINKS) {
    await kari.link((DEMO_CARDS[a] as { text: string }).text, (DEMO_CARDS[b] as { text: string }).text, label);
  }
  await kari.typeNotes(DEMO_NOTES);
  await f.locator(".react-flow__controls-fitview").click();
  await k.mouse.move(700, 420);
  await f.getByTestId("people-button").click();
  await expect(lars.card(DEMO_CARDS[0]?.text as string)).toBeVisible();
  await shot(f, "board-desktop");
  await f.getByTestId("people-button").click();
  await shot(phone, "board-phone");
  await phone.getByTestId("phone-nav-notes").tap();
  await shot(phone, "notes-phone");
  // A participant's phone opens on the board as a list; a card opens in a sheet.
  await phone.getByTestId("phone-nav-cards").tap();
  await shot(phone, "card-list-phone");
  await phone.getByTestId("list-card").first().tap();
  await shot(phone, "card-sheet-phone");
  await phone.getByTestId("link-to").tap();
  await shot(phone, "link-picker-phone");
  await phone.getByTestId("sheet-close").tap();
  await phone.getByTestId("sheet-close").tap();
  await phone.getByTestId("phone-add").tap();
  await shot(phone, "add-card-phone");
  await phone.getByTestId("sheet-close").tap();
  // The same list beside the board on a desktop, for screen readers and readers.
  await k.getByTestId("tab-list").click();
  await shot(k, "card-list-desktop");
  await k.getByTestId("tab-notes").click();

  // Facilitation: agenda, a running phase, voting and results, private writing, people.
  await f.getByTestId("agenda-button").click();
  await f.getByTestId("agenda-template").click();
  await shot(f, "agenda-desktop");
  await f.getByTestId("agenda-phase").nth(1).getByRole("button", { name: "Start" }).click();
  await f.getByTestId("vote-button").click();
  await f.getByTestId("vote-dialog").locator("input[name=kind-strength]").check();
  await f.getByTestId("vote-dialog").locator("input[name=kind-opportunity]").check();
  await shot(f, "vote-dialog-desktop");
  await f.getByTestId("vote-start").click();
  await kari
    .card(DEMO_CARDS[0]?.text as string)
    .getByTestId("vote-add")
    .click();
  await kari
    .card(DEMO_CARDS[1]?.text as string)
    .getByTestId("vote-add")
    .click();
  await shot(k, "voting-participant-desktop");
  await shot(phone, "voting-phone");
  await f.getByTestId("vote-reveal").click();
  await expect(f.getByTestId("vote-results")).toBeVisible();
  await shot(f, "vote-results-desktop");
  await shot(phone, "vote-results-phone");
  // The projector view on the big screen: the running phase, its timer and the results; then the join code.
  const bigScreen = await fCtx.newPage();
  await bigScreen.setViewportSize({ width: 1920, height: 1080 });
  await bigScreen.goto(`${f.url().replace(/[?#].*$/, "")}/screen`);
  await expect(bigScreen.getByTestId("projector-chart")).toBeVisible();
  await shot(bigScreen, "projector-results-desktop");
  await bigScreen.getByTestId("projector-qr").click();
  await shot(bigScreen, "projector-join-code-desktop");
  await bigScreen.close();
  await f.getByTestId("private-toggle").click();
  await k.getByTestId("add-idea").click();
  await k.getByTestId("draft-card").locator("textarea").fill("Krabbesafari for turister – vinter");
  await k.getByTestId("raise-hand").click();
  await shot(k, "private-writing-desktop");
  await f.getByTestId("people-button").click();
  await shot(f, "people-facilitator-desktop");
  await f.getByTestId("people-button").click();
  await f.getByTestId("private-toggle").click();

  // The action plan: an item from the first link, with fields filled.
  await f.getByTestId("vote-results").getByRole("button").first().click();
  await f.locator(".react-flow__controls-fitview").click();
  await fBoard.card(DEMO_CARDS[0]?.text as string).click();
  await fBoard.card(DEMO_CARDS[1]?.text as string).click({ modifiers: ["Shift"] });
  await f.getByTestId("make-action-item").click();
  await item0(f).locator("[data-field=title]").count();
  const item = item0(f);
  await item.getByTestId("action-title").fill("Levende kongekrabbe fra hav til bord");
  await item.locator("[data-field=focusArea]").fill("Sjømat og havbruk");
  await item.locator("[data-field=goal]").fill("Dobla eksporten av levende kongekrabbe innen 2028");
  await item.locator("[data-field=partners]").fill("Nofima, UiT, Sjømatrådet, Innovasjon Norge");
  await item.locator("[data-field=responsible]").fill("Troms fylkeskommune");
  await shot(f, "action-plan-desktop");

  // A second item, then both on the matrix.
  await f.getByTestId("plan-new").click();
  const second = f.getByTestId("action-item").last();
  await second.getByTestId("action-title").fill("Sporbarhet med sensorer fra Tromsø");
  await second.locator("[data-field=focusArea]").fill("Sjømat og havbruk");
  await f.getByTestId("plan-view-matrix").click();
  const grid = await f.getByTestId("matrix-grid").boundingBox();
  for (const [x, y] of [
    [0.78, 0.18],
    [0.3, 0.35],
  ]) {
    const chip = await f.getByTestId("matrix-tray-chip").first().boundingBox();
    if (!grid || !chip) throw new Error("matrix not visible");
    await f.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await f.mouse.down();
    await f.mouse.move(grid.x + grid.width * (x as number), grid.y + grid.height * (y as number), { steps: 10 });
    await f.mouse.up();
  }
  await shot(f, "matrix-desktop");
  await phone.getByTestId("phone-nav-plan").tap();
  await phone.getByTestId("plan-view-matrix").click();
  await shot(phone, "matrix-phone");
  await f.getByTestId("plan-view-list").click();
  await f.getByTestId("export-button").click();
  await shot(f, "export-menu-desktop");
  const opening = fCtx.waitForEvent("page");
  await f.getByTestId("export-print").click();
  const report = await opening;
  await report.setViewportSize(DESKTOP);
  await expect(report.locator("h1")).toBeVisible();
  await report.screenshot({ path: path.join(outDir, "report-print-desktop.png") });
  await report.locator("h2", { hasText: /Action plan|Handlingsplan/ }).scrollIntoViewIfNeeded();
  await report.screenshot({ path: path.join(outDir, "report-plan-desktop.png") });
  await report.close();

  const oCtx = await browser.newContext({ locale: "en-GB", viewport: DESKTOP });
  const o = await oCtx.newPage();
  await new JoinPage(o).join(observerLink, "Øystein Observer", "public");
  await shot(o, "board-observer-desktop");
  await o.goto(`${baseUrl()}/w/AAAAAAAAAAAAAAAA`);
  await shot(o, "no-access-desktop");

  await Promise.all([fCtx.close(), kCtx.close(), phoneCtx.close(), oCtx.close()]);
});

test("screens while the connection is gone", async ({ browser }) => {
  test.setTimeout(120_000);
  // Its own server, to stop: the banner and the refused action only show without one.
  const own = await startServer();
  try {
    const fCtx = await browser.newContext({ locale: "sv-SE", viewport: DESKTOP, deviceScaleFactor: 1 });
    const f = await fCtx.newPage();
    await f.goto(own.url);
    const { participantLink, board } = await new LandingPage(f).createWorkshop("Kronobergs utmaningar", "Anna");
    await board.addCard("strength", "Skogsbaserad bioekonomi – skog, sågverk och träförädling");
    const pCtx = await browser.newContext({ locale: "sv-SE", viewport: PHONE, hasTouch: true, isMobile: true });
    const phone = await new JoinPage(await pCtx.newPage()).join(participantLink, "Sven", "public");

    await own.stop("SIGKILL");
    for (const page of [f, phone.page]) {
      await expect(page.getByTestId("connection-banner")).toBeVisible({ timeout: 10_000 });
    }
    await f.getByTestId("lock-toggle").click();
    await expect(f.getByTestId("action-error")).toBeVisible();
    await f.screenshot({ path: path.join(outDir, "connection-lost-desktop.png") });
    await phone.page.screenshot({ path: path.join(outDir, "connection-lost-phone.png") });
  } finally {
    await own.stop("SIGKILL");
    fs.rmSync(own.dataDir, { recursive: true, force: true });
  }
});
