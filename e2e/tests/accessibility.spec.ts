import AxeBuilder from "@axe-core/playwright";
import type { CardKind } from "@oppdag/shared";
import type { Browser, Page } from "@playwright/test";
import { BoardPage, baseUrl, JoinPage, LandingPage, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { tool } from "../support/tools";
import { tromsRoom } from "../support/tromsRoom";

const LIVE = { timeout: 2_000 };
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** What fails a screen: a minor or moderate finding is printed, but does not fail the test. */
const BLOCKING = new Set(["serious", "critical"]);
const DESKTOP = { width: 1366, height: 768 };

/**
 * The axe findings that fail a screen, as lines a person can act on: rule id, impact, the help
 * text and the elements it found (CSS selectors), with the first element's failure summary.
 */
async function audit(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const lines = violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(" ")).slice(0, 6);
    const more = v.nodes.length > targets.length ? ` (+${v.nodes.length - targets.length} more)` : "";
    const summary = v.nodes[0]?.failureSummary?.split("\n").slice(0, 3).join(" ") ?? "";
    return `${screen}: ${v.id} [${v.impact}] ×${v.nodes.length}: ${v.help}\n    ${targets.join("\n    ")}${more}\n    ${summary}`;
  });
  if (lines.length) console.log(`axe, ${screen}:\n${lines.join("\n")}`);
  return violations.filter((v) => BLOCKING.has(v.impact ?? "")).map((v) => lines[violations.indexOf(v)] ?? v.id);
}

const CARD_COLORS = ["yellow", "green", "blue", "pink", "purple", "orange", "grey"];

/**
 * The text on the cards, measured against its card in every card colour. Axe leaves most of it
 * "to review": a card sits in React Flow's transformed, layered viewport, where it cannot tell
 * the background. AA asks 4.5:1 of text this small.
 */
async function cardContrast(page: Page, screen: string): Promise<string[]> {
  const low = await page.locator(".react-flow__node-card .card").evaluateAll((cards, colors) => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out: string[] = [];
    for (const card of cards as HTMLElement[]) {
      const own = Array.from(card.classList).find((c) => c.startsWith("color-")) ?? "";
      for (const color of colors) {
        card.classList.replace(own, `color-${color}`);
        const cardBg = rgba(getComputedStyle(card).backgroundColor);
        for (const el of Array.from(
          card.querySelectorAll<HTMLElement>(".card-kind, .card-text, .card-author, .vote-count"),
        )) {
          // Against its own fill where it has one (the vote count's pill), else the card's.
          let bg = cardBg;
          for (let at: HTMLElement | null = el; at && at !== card; at = at.parentElement) {
            const own = rgba(getComputedStyle(at).backgroundColor);
            if (own.length === 3 || (own[3] ?? 0) === 1) {
              bg = own;
              break;
            }
          }
          const [r = 0, g = 0, b = 0, a = 1] = rgba(getComputedStyle(el).color);
          const fg = [r, g, b].map((v, i) => v * a + (bg[i] ?? 255) * (1 - a));
          const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
          const ratio = ((hi ?? 1) + 0.05) / ((lo ?? 0) + 0.05);
          if (ratio < 4.5)
            out.push(`${card.dataset.kind} on ${color}, .${el.className.split(" ")[0]}: ${ratio.toFixed(2)}:1`);
        }
        card.classList.replace(`color-${color}`, own);
      }
    }
    return [...new Set(out)];
  }, CARD_COLORS);
  if (low.length) console.log(`card text contrast, ${screen}:\n    ${low.join("\n    ")}`);
  return low.map((line) => `${screen}: card text below 4.5:1: ${line}`);
}

/** A new workshop, made from the landing page: the invite dialog is closed again. */
async function newWorkshop(page: Page, title: string) {
  const landing = new LandingPage(page);
  await landing.goto();
  return landing.createWorkshop(title, "Åse");
}

async function person(browser: Browser, locale: string, phone = false) {
  const context = await browser.newContext(
    phone
      ? { locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { locale, viewport: DESKTOP },
  );
  return { context, page: await context.newPage() };
}

const CARDS: Array<[CardKind, string]> = [
  ["strength", "Kongekrabbe og kaldt hav"],
  ["strength", "Sterke fiskerimiljø"],
  ["opportunity", "Sporbar sjømat i Asia"],
  ["opportunity", "Reiseliv hele året"],
  ["idea", "Felles merkevare for Nord"],
  ["challenge", "Lite flykapasitet"],
  ["question", "Hvem eier dataene?"],
];

/** A board as a workshop has it midway: cards of every kind, a labelled link and a named zone. */
async function fillBoard(board: BoardPage) {
  for (const [kind, text] of CARDS) await board.addCard(kind, text);
  await board.link("Kongekrabbe og kaldt hav", "Sporbar sjømat i Asia", "levende krabbe");
  await board.page.getByTestId("add-zone").click();
  const title = board.page.locator(".zone-title").first();
  await title.fill("Havnæringer");
  await title.press("Enter");
  await board.page.keyboard.press("Escape");
}

test("the landing and join pages pass WCAG 2.1 AA in English, Norwegian and Swedish", async ({ browser }) => {
  const found: string[] = [];
  let participantLink = "";
  // English here; Norwegian and Swedish screens are checked by the landing, phone and projector tests.
  for (const locale of ["en-GB"]) {
    const { context, page } = await person(browser, locale);
    await page.goto(baseUrl());
    await expect(page.getByTestId("create-form")).toBeVisible();
    found.push(...(await audit(page, `landing ${locale}`)));
    if (!participantLink) ({ participantLink } = await new LandingPage(page).createWorkshop("Sjømat", "Åse"));
    await context.close();
  }
  for (const locale of ["en-GB", "sv-SE"]) {
    const { context, page } = await person(browser, locale);
    await page.goto(participantLink);
    await expect(page.getByTestId("join-form")).toBeVisible();
    found.push(...(await audit(page, `join ${locale}`)));
    await context.close();
  }
  expect(found, found.join("\n")).toEqual([]);
});

// English here; Norwegian and Swedish screens are checked by the landing, phone and projector tests.
for (const locale of ["en-GB"]) {
  test(`the facilitator's board, notes, plan, invite and export pass WCAG 2.1 AA (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    const fac = await person(browser, locale);
    const page = fac.page;
    await page.goto(baseUrl());
    const form = page.getByTestId("create-form");
    await form.locator("input[name=title]").fill("Sjømat og reiseliv");
    await form.locator("input[name=region]").fill("Troms");
    await form.locator("input[name=name]").fill("Åse");
    await form.getByRole("button").click();
    await expect(page.getByTestId("share-dialog")).toBeVisible();
    found.push(...(await audit(page, `invite dialog ${locale}`)));
    await page
      .getByTestId("share-dialog")
      .getByRole("button", { name: /close|lukk|stäng/i })
      .click();
    const f = new BoardPage(page);

    await fillBoard(f);
    await f.fitView();
    found.push(...(await audit(page, `board ${locale}`)));
    found.push(...(await cardContrast(page, `board ${locale}`)));
    // A selected card, with its toolbar: kind, colour swatches, spotlight, delete.
    await f.selectCard("Felles merkevare for Nord");
    await expect(page.locator(".node-toolbar")).toBeVisible();
    found.push(...(await audit(page, `card toolbar ${locale}`)));
    await page.keyboard.press("Escape");

    await page.getByTestId("export-button").click();
    await expect(page.getByRole("menu")).toBeVisible();
    found.push(...(await audit(page, `export menu ${locale}`)));
    await page.getByTestId("export-button").click();

    // The notes open by themselves on a wide screen.
    if ((await page.getByTestId("notes-toggle").getAttribute("aria-pressed")) !== "true")
      await page.getByTestId("notes-toggle").click();
    await f.typeNotes("Vi må snakke med Sjømatrådet.");
    found.push(...(await audit(page, `notes ${locale}`)));

    await page.getByTestId("tab-plan").click();
    await page.getByTestId("plan-new").click();
    await expect(page.getByTestId("action-item")).toHaveCount(1);
    await page.getByTestId("action-title").fill("Felles eksportsatsing");
    found.push(...(await audit(page, `action plan ${locale}`)));

    await page.getByTestId("people-button").click();
    await expect(page.getByTestId("person").first()).toBeVisible();
    found.push(...(await audit(page, `people panel ${locale}`)));
    await page.getByTestId("people-button").click();
    await tool(page, "agenda-button");
    await page.getByTestId("agenda-template").click();
    found.push(...(await audit(page, `agenda dialog ${locale}`)));
    await fac.context.close();
    expect(found, found.join("\n")).toEqual([]);
  });
}

test("a participant's card list, card sheet, board and notes on a phone pass WCAG 2.1 AA (Swedish)", async ({
  browser,
}) => {
  const found: string[] = [];
  const fac = await person(browser, "en-GB");
  const { participantLink, board: f } = await newWorkshop(fac.page, "Småland");
  await f.addCard("strength", "Skog och trä");
  await f.addCard("opportunity", "Klimatsmart byggande");
  await f.link("Skog och trä", "Klimatsmart byggande", "trähus");
  await fac.page.getByTestId("vote-button").click();
  await fac.page.getByTestId("vote-dialog").locator("input[name=kind-strength]").check();
  await fac.page.getByTestId("vote-start").click();
  const { context, phone: list } = await PhonePage.join(browser, participantLink, "Kari", "industry", "sv-SE");
  const phone = { context, page: list.page };
  // The list during a vote, a card's sheet, and the "link to" list.
  await expect(list.card("Skog och trä").getByTestId("vote-add")).toBeVisible();
  found.push(...(await audit(phone.page, "phone list sv")));
  await fac.page.getByTestId("vote-close").click();
  await fac.page.getByTestId("vote-reveal").click();
  await phone.page.getByTestId("results-hide").tap();
  await list.addCard("idea", "Idé från mobilen");
  await list.card("Skog och trä").tap();
  await expect(list.sheet()).toBeVisible();
  found.push(...(await audit(phone.page, "phone card sheet sv")));
  await list.sheet().getByTestId("link-to").tap();
  found.push(...(await audit(phone.page, "phone link picker sv")));
  await phone.page.getByTestId("sheet-close").tap();
  await phone.page.getByTestId("sheet-close").tap();
  await list.go("board");
  const me = new BoardPage(phone.page);
  // A phone draws only what its screen shows: the whole board, so the facilitator's cards are in it.
  await me.fitView();
  await expect(me.card("Skog och trä")).toBeVisible();
  found.push(...(await audit(phone.page, "phone board sv")));
  found.push(...(await cardContrast(phone.page, "phone board sv")));
  await list.go("notes");
  await expect(phone.page.getByTestId("notes-editor")).toBeVisible();
  found.push(...(await audit(phone.page, "phone notes sv")));
  await Promise.all([fac.context.close(), phone.context.close()]);
  expect(found, found.join("\n")).toEqual([]);
});

test("screen readers hear each card, each link and the board's controls in the UI language", async ({ browser }) => {
  const fac = await person(browser, "nb-NO");
  const { board: f } = await newWorkshop(fac.page, "Navn");
  await f.addCard("strength", "Kongekrabbe");
  await f.addCard("opportunity", "Sporbar sjømat");
  await f.link("Kongekrabbe", "Sporbar sjømat", "krabbe");
  const page = fac.page;
  await expect(page.getByRole("group", { name: /Styrke: Kongekrabbe/ })).toHaveCount(1);
  await expect(page.getByRole("group", { name: /Kongekrabbe.*Sporbar sjømat/ })).toHaveCount(1);
  // Never an id: React Flow's default would be "Edge from <id> to <id>".
  const edgeNames = await page
    .locator(".react-flow__edge")
    .evaluateAll((edges) => edges.map((e) => e.getAttribute("aria-label") ?? ""));
  for (const name of edgeNames) expect(name).not.toMatch(/Edge from|[a-z0-9]{12,}/);
  await expect(page.locator(".react-flow__controls-zoomin")).toHaveAccessibleName("Zoom inn");
  await expect(page.locator(".react-flow__controls-fitview")).toHaveAccessibleName("Vis hele tavla");
  await fac.context.close();
});

test("the live region tells participants of phases, reveals and follow-me in their language; a running session passes WCAG 2.1 AA", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const fac = await person(browser, "en-GB");
  const { participantLink, board: f } = await newWorkshop(fac.page, "Kunngjøringer");
  await f.addCard("idea", "Havvind i nord");
  const p = await person(browser, "nb-NO");
  const me = await new JoinPage(p.page).join(participantLink, "Kari", "industry");
  const region = p.page.getByTestId("announcer");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(region).toHaveText("");

  await tool(f.page, "agenda-button");
  await f.page.getByTestId("agenda-template").click();
  await f.page.getByTestId("agenda-phase").first().getByRole("button", { name: "Start" }).click();
  await expect(me.page.getByTestId("phase-name")).toBeVisible(LIVE);
  await expect(region).toHaveText("Ny fase: Briefing", LIVE);

  await tool(f.page, "private-toggle");
  await expect(region).toContainText("Privat skriving har startet", LIVE);
  await p.page.getByTestId("add-idea").click();
  const draft = p.page.locator(".react-flow__node-draft textarea");
  await expect(draft).toBeFocused();
  await draft.pressSequentially("Bare jeg ser dette", { delay: 5 });
  const found = await audit(me.page, "private writing nb");
  await tool(f.page, "private-toggle");
  await expect(region).toContainText("De private kortene er vist", LIVE);

  await tool(f.page, "vote-button");
  await f.page.getByTestId("vote-start").click();
  await expect(region).toHaveText("Avstemningen har startet.", LIVE);
  await me.card("Havvind i nord").getByTestId("vote-add").click();
  await f.page.getByTestId("vote-reveal").click();
  await expect(region).toHaveText("Resultatene av avstemningen er vist.", LIVE);
  await expect(me.page.getByTestId("vote-results")).toBeVisible();
  // The board mid-session: a phase and its timer, the results, a card with its votes.
  found.push(...(await audit(me.page, "session in progress nb")));
  found.push(...(await cardContrast(me.page, "session in progress nb")));

  await tool(f.page, "follow-toggle");
  await expect(region).toHaveText("Du følger visningen til Åse.", LIVE);
  await Promise.all([fac.context.close(), p.context.close()]);
  expect(found, found.join("\n")).toEqual([]);
});

/**
 * Audits the projector with its tools in sight. They fade out after four seconds without a move
 * (0.4 s, blending their colours meanwhile); a loaded machine can reach that mid-audit. So: no
 * fades (reduced motion), and a move of the pointer first, as a person at the laptop makes.
 */
async function auditScreen(page: Page, screen: string): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.mouse.move(5 + Math.random() * 20, 5);
  await expect.poll(() => page.locator(".pj-tools").evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  return audit(page, screen);
}

test("the projector view passes WCAG 2.1 AA: a phase with its timer, a vote, the results and the join code (nb)", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const found: string[] = [];
  const fac = await person(browser, "nb-NO");
  const { participantLink, board: f } = await newWorkshop(fac.page, "Havbruk i nord");
  await f.addCard("idea", "Felles logistikkhub");
  await f.addCard("idea", "Krabbesafari");
  const screen = await fac.context.newPage();
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await screen.goto(`${fac.page.url()}/screen`);
  await expect(screen.getByTestId("projector-phase-name")).toHaveText("Havbruk i nord");
  found.push(...(await auditScreen(screen, "projector before the start nb")));

  await tool(f.page, "agenda-button");
  await f.page.getByTestId("agenda-template").click();
  await f.page.getByTestId("agenda-phase").nth(3).getByRole("button", { name: "Start" }).click();
  await expect(screen.getByTestId("projector-timer")).toBeVisible(LIVE);
  await tool(f.page, "lock-toggle");
  await expect(screen.getByTestId("projector-locked")).toBeVisible(LIVE);
  await tool(f.page, "lock-toggle");
  await tool(f.page, "vote-button");
  await f.page.getByTestId("vote-start").click();
  await expect(screen.getByTestId("projector-vote")).toBeVisible(LIVE);
  found.push(...(await auditScreen(screen, "projector phase, timer and open vote nb")));

  const p = await person(browser, "nb-NO");
  const me = await new JoinPage(p.page).join(participantLink, "Kari", "industry");
  await me.card("Felles logistikkhub").getByTestId("vote-add").click();
  await me.card("Krabbesafari").getByTestId("vote-add").click();
  await expect(screen.getByTestId("projector-voters")).toHaveText("1 person har stemt", LIVE);
  await f.page.getByTestId("vote-reveal").click();
  await expect(screen.getByTestId("projector-bar")).toHaveCount(2, LIVE);
  found.push(...(await auditScreen(screen, "projector results nb")));
  await screen.setViewportSize({ width: 1280, height: 720 });
  found.push(...(await auditScreen(screen, "projector results 1280 nb")));

  await screen.getByTestId("projector-qr").click();
  await expect(screen.getByTestId("projector-qr-code")).toBeVisible();
  found.push(...(await auditScreen(screen, "projector join code nb")));
  await Promise.all([fac.context.close(), p.context.close()]);
  expect(found, found.join("\n")).toEqual([]);
});

test("people who ask for less motion get no transitions or animations, and the spotlight still marks its card", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "en-GB", viewport: DESKTOP, reducedMotion: "reduce" });
  const page = await context.newPage();
  const { board } = await newWorkshop(page, "Rolig");
  await board.addCard("idea", "Stille vann");
  const handle = page.locator(".link-handle").first();
  const seconds = (css: string) => Math.max(...css.split(",").map((s) => Number.parseFloat(s)));
  expect(seconds(await handle.evaluate((el) => getComputedStyle(el).transitionDuration))).toBeLessThan(0.001);

  await board.selectCard("Stille vann");
  await page.getByTestId("spotlight-button").click();
  const card = board.card("Stille vann").locator(".card");
  await expect(card).toHaveClass(/spotlit/);
  const style = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { animation: s.animationDuration, shadow: s.boxShadow };
  });
  expect(seconds(style.animation)).toBeLessThan(0.001);
  expect(style.shadow).toContain("0px 0px 0px 4px");
  await context.close();
});

test("beside the board, the card list reads the board zone by zone in reading order, and passes WCAG 2.1 AA", async ({
  browser,
}) => {
  const room = await tromsRoom();
  const p = await person(browser, "nb-NO");
  const me = await new JoinPage(p.page).join(room.invite, "Kari Nordmann", "industry");
  await p.page.getByTestId("tab-list").click();
  const list = p.page.getByTestId("side-list");
  // Zone by zone, strengths before opportunities before ideas, left to right within a row.
  await expect(list.getByRole("heading", { level: 2 })).toHaveText([/Styrker/, /Muligheter i markedet/]);
  await expect(list.getByTestId("list-card")).toHaveText([
    /Kongekrabbe og levende sjømat/,
    /Sterkt IT-miljø og romfart/,
    /Sporbar sjømat til Asia/,
    /Felles logistikkhub for fersk fisk/,
  ]);
  // A screen reader hears the kind with each card.
  await expect(list.getByTestId("list-card").first().getByRole("button")).toHaveAccessibleName(
    /^Styrke: Kongekrabbe og levende sjømat/,
  );
  const found = await audit(p.page, "card list nb");
  // Choosing a card shows it on the board, selected.
  await list.getByTestId("list-card").filter({ hasText: "Felles logistikkhub" }).getByRole("button").click();
  await expect(me.card("Felles logistikkhub")).toHaveClass(/selected/);
  room.control.disconnect();
  await p.context.close();
  expect(found, found.join("\n")).toEqual([]);
});
