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

test("screens of thematic groups", async ({ browser }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(outDir, { recursive: true });
  const fCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const f = await fCtx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  await f.getByTestId("template-picker").getByRole("radio", { name: /SWOT/ }).check();
  const { participantLink } = await landing.createWorkshop("Troms: hav og rom", "Åse Fasilitator");
  const people = [
    ["Kari Nordmann", "industry"],
    ["Lars Ørjasæter", "research"],
    ["Ingrid Havbruk", "public"],
    ["Nils Pedersen", "investors"],
  ] as const;
  const contexts = [];
  const pages = [];
  for (const [name, group] of people) {
    const ctx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
    contexts.push(ctx);
    const board = await new JoinPage(await ctx.newPage()).join(participantLink, name, group);
    pages.push(board);
  }
  const phoneCtx = await browser.newContext({ locale: "nb-NO", viewport: PHONE, hasTouch: true, isMobile: true });
  const phone = await phoneCtx.newPage();
  await phone.goto(participantLink);
  await phone.getByTestId("join-form").locator("input[name=name]").fill("Per Ánde");
  await phone.getByTestId("join-form").locator("select[name=actorGroup]").selectOption("civil");
  await phone.getByTestId("join-form").getByRole("button").tap();
  await expect(phone.getByTestId("phone-workshop")).toBeVisible();

  const tools = f.getByTestId("session-bar");
  if (!(await tools.getByTestId("groups-button").isVisible())) await f.getByTestId("tools-more").click();
  await tools.getByTestId("groups-button").click();
  const dialog = f.getByTestId("groups-dialog");
  await f.screenshot({ path: path.join(outDir, "groups-form-desktop.png") });
  await dialog.getByTestId("group-draft").nth(3).getByRole("button").click();
  await dialog.getByTestId("group-draft").nth(1).getByRole("button").click();
  await dialog.getByTestId("groups-form").click();
  await expect(dialog.getByTestId("group-column")).toHaveCount(2);
  await dialog.getByTestId("group-rapporteur").first().click();
  await dialog.getByRole("checkbox").check();
  await dialog.getByTestId("groups-start").click();
  await expect(dialog.getByTestId("group-time").first()).toBeVisible();
  await f.screenshot({ path: path.join(outDir, "groups-running-desktop.png") });
  await dialog.getByRole("button", { name: "Lukk" }).click();

  const [first] = pages;
  if (!first) return;
  await first.addCard("strength", "Kongekrabbe og levende sjømat");
  await expect(first.page.getByTestId("group-banner")).toBeVisible();
  await first.page.screenshot({ path: path.join(outDir, "groups-member-desktop.png") });
  await expect(phone.getByTestId("group-banner")).toBeVisible();
  await phone.screenshot({ path: path.join(outDir, "groups-member-phone.png") });

  // Whoever of the people at laptops may write a summary (the rapporteur, or a member of a group without one).
  let writer = first;
  for (const p of pages) if ((await p.page.getByTestId("group-summary-open").count()) > 0) writer = p;
  await writer.page.getByTestId("group-summary-open").click();
  await writer.page
    .getByTestId("group-summary-text")
    .fill("Sjømat og kald logistikk er vår styrke. Vi foreslår en felles logistikkhub for fersk fisk til Asia.");
  await expect(writer.page.getByTestId("group-summary-state")).toHaveAttribute("data-state", "saved");
  await writer.page.screenshot({ path: path.join(outDir, "groups-summary-desktop.png") });
  await writer.page.getByRole("button", { name: "Ferdig" }).click();

  await tools.getByTestId("groups-button").click();
  await dialog.getByTestId("groups-message-input").fill("Fem minutter igjen: velg én idé");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(phone.getByTestId("group-message")).toBeVisible();
  await phone.screenshot({ path: path.join(outDir, "groups-message-phone.png") });
  await dialog.getByTestId("groups-end").click();
  await dialog.getByTestId("group-present").first().click();
  await expect(first.page.getByTestId("presented-group")).toBeVisible();
  await dialog.getByRole("button", { name: "Lukk" }).click();
  await first.page.screenshot({ path: path.join(outDir, "groups-presenting-desktop.png") });
  await expect(phone.getByTestId("presented-group")).toBeVisible();
  await phone.screenshot({ path: path.join(outDir, "groups-presenting-phone.png") });
  await Promise.all([fCtx.close(), phoneCtx.close(), ...contexts.map((c) => c.close())]);
});

test("screens of the critical friend", async ({ browser }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(outDir, { recursive: true });
  const shotOf = (page: import("@playwright/test").Page, name: string) =>
    page.screenshot({ path: path.join(outDir, `${name}.png`) });
  const fCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const f = await fCtx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  const { participantLink, board: fBoard } = await landing.createWorkshop("Kongekrabbe i Troms", "Åse Fasilitator");
  await f.getByTestId("invite-button").click();
  const criticLink = await f.getByTestId("invite-critic").inputValue();
  await f.getByTestId("share-dialog").getByRole("button", { name: /lukk/i }).click();
  await fBoard.addCard("strength", "IT-miljøet i Tromsø");
  await fBoard.addCard("opportunity", "Levende kongekrabbe til Asia");
  await fBoard.selectCard("Levende kongekrabbe til Asia");
  await f.getByTestId("make-action-item").click();

  // The critical friend, at a laptop: the join form, then a challenge on the opportunity.
  const cCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const c = await cCtx.newPage();
  await c.goto(criticLink);
  await expect(c.getByTestId("join-critic")).toBeVisible();
  await shotOf(c, "critic-join-desktop");
  await c.getByTestId("join-form").locator("input[name=name]").fill("Sigrid Kritisk");
  await c.getByTestId("join-form").getByRole("button").click();
  const critic = new BoardPage(c);
  await expect(critic.board).toBeVisible();
  for (const text of ["Hvem betaler for flyfrakten?", "Tåler krabben 30 timer i luften?"]) {
    await critic.selectCard("Levende kongekrabbe til Asia");
    await c.getByTestId("challenge-this").click();
    const editor = c.locator(".react-flow__node-card textarea");
    await expect(editor).toBeFocused();
    await editor.pressSequentially(text, { delay: 5 });
    await editor.press("Escape");
  }
  await critic.selectCard("Levende kongekrabbe til Asia");
  await shotOf(c, "critic-board-desktop");

  // The facilitator opens the badge and answers one; the plan lists what is still open.
  const badge = fBoard.card("Levende kongekrabbe til Asia").getByTestId("challenge-badge");
  await expect(badge).toHaveText("⚑ 2");
  await badge.click();
  await f
    .getByTestId("challenge-popover")
    .getByTestId("challenge-entry")
    .filter({ hasText: "Tåler krabben" })
    .getByTestId("challenge-answer-input")
    .fill("Ja: Nofima fant 98 % overlevelse i forsøk");
  await shotOf(f, "challenges-popover-desktop");
  await f.getByTestId("challenge-popover").getByTestId("challenge-answer-save").click();
  await expect(badge).toHaveText("⚑ 1");
  await f.keyboard.press("Escape");
  await expect(f.getByTestId("item-challenges")).toContainText("(1)");
  await shotOf(f, "challenges-plan-desktop");

  // A critique phase, seen by a participant at a laptop and one on a phone.
  const kCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const k = await new JoinPage(await kCtx.newPage()).join(participantLink, "Kari Nordmann", "industry");
  const phoneCtx = await browser.newContext({ locale: "nb-NO", viewport: PHONE, hasTouch: true, isMobile: true });
  const phone = await phoneCtx.newPage();
  await phone.goto(participantLink);
  await phone.getByTestId("join-form").locator("input[name=name]").fill("Per Ánde");
  await phone.getByTestId("join-form").locator("select[name=actorGroup]").selectOption("civil");
  await phone.getByTestId("join-form").getByRole("button").tap();
  await expect(phone.getByTestId("phone-workshop")).toBeVisible();
  const tools = f.getByTestId("session-bar");
  if (!(await tools.getByTestId("critique-toggle").isVisible())) await f.getByTestId("tools-more").click();
  await tools.getByTestId("critique-toggle").click();
  await expect(k.page.getByTestId("banner-critique")).toBeVisible();
  await shotOf(f, "critique-facilitator-desktop");
  await shotOf(k.page, "critique-participant-desktop");
  await expect(phone.getByTestId("critique-banner")).toBeVisible();
  await shotOf(phone, "critique-phone");
  await phone.getByTestId("phone-add").tap();
  await expect(phone.getByTestId("add-sheet")).toBeVisible();
  await shotOf(phone, "critique-add-phone");
  await phone.getByTestId("sheet-close").tap();
  await phone.getByTestId("list-card").filter({ hasText: "Levende kongekrabbe" }).tap();
  await expect(phone.getByTestId("card-sheet")).toContainText("Hvem betaler");
  await shotOf(phone, "challenges-sheet-phone");

  // The critical friend on a phone: their task on top of the list.
  const cpCtx = await browser.newContext({ locale: "nb-NO", viewport: PHONE, hasTouch: true, isMobile: true });
  const cp = await cpCtx.newPage();
  await cp.goto(criticLink);
  await expect(cp.getByTestId("join-critic")).toBeVisible();
  await shotOf(cp, "critic-join-phone");
  await cp.getByTestId("join-form").locator("input[name=name]").fill("Nils Utenfra");
  await cp.getByTestId("join-form").getByRole("button").tap();
  await expect(cp.getByTestId("critique-banner")).toBeVisible();
  await shotOf(cp, "critic-list-phone");
});

test("screens of the balance bar", async ({ browser }) => {
  test.setTimeout(120_000);
  fs.mkdirSync(outDir, { recursive: true });
  const shotOf = (page: import("@playwright/test").Page, name: string) =>
    page.screenshot({ path: path.join(outDir, `${name}.png`) });
  const fCtx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const f = await fCtx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop(DEMO_WORKSHOP.title, "Åse Fasilitator");

  // Industry says most, research some, the public sector nothing yet; civil society is not here.
  const join = async (name: string, group: "industry" | "research" | "public") => {
    const ctx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
    return { ctx, board: await new JoinPage(await ctx.newPage()).join(participantLink, name, group) };
  };
  const kari = await join("Kari Nordmann", "industry");
  const lars = await join("Lars Ørjasæter", "research");
  const per = await join("Per Ánde", "public");
  for (const text of [
    "Kongekrabbe i Øst-Finnmark",
    "Sterkt IT-miljø i Tromsø",
    "Kaldt, rent sjøvann",
    "Flyfrakt fra Tromsø",
  ])
    await kari.board.addCard("strength", text);
  await kari.board.addCard("opportunity", "Levende sjømat til Asia");
  await lars.board.addCard("strength", "Sensorforskning ved UiT");
  await lars.board.addCard("opportunity", "Sporbarhet fra hav til bord");
  await lars.board.addCard("idea", "Overvåk krabben hele veien");
  const group = (g: string) => f.getByTestId(`balance-${g}`);
  await expect(group("industry")).toHaveAttribute("data-total", "5");
  await expect(group("research")).toHaveAttribute("data-total", "3");
  await expect(group("public")).toHaveAttribute("data-flag", "silent");
  await expect(group("civil")).toHaveAttribute("data-flag", "missing");
  await new BoardPage(f).fitView();
  await shotOf(f, "balance-desktop");
  await f.getByTestId("balance-summary").click();
  await expect(f.getByTestId("balance-details")).toBeVisible();
  await shotOf(f, "balance-details-desktop");
  await f.getByTestId("balance-details").getByRole("button", { name: "Lukk" }).click();

  // The facilitator on a phone: the summary, the details one tap away.
  // Reloaded at that size, as on a real phone: the notes start closed there.
  await f.setViewportSize(PHONE);
  await f.reload();
  await expect(f.getByTestId("balance-summary")).toHaveAttribute("data-flagged", "2");
  await expect(group("industry")).toBeHidden();
  await shotOf(f, "balance-phone");
  await f.getByTestId("balance-summary").click();
  await expect(f.getByTestId("balance-details")).toBeVisible();
  await shotOf(f, "balance-details-phone");

  await Promise.all([fCtx.close(), kari.ctx.close(), lars.ctx.close(), per.ctx.close()]);
});
