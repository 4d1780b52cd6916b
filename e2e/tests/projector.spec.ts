import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";
import { score, tool } from "../support/tools";

const LIVE = { timeout: 2_000 };
/** With PROJECTOR_SHOTS=<dir>, the test also leaves screenshots of the projector there to look at. */
const SHOTS = process.env.PROJECTOR_SHOTS;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const msLeft = async (page: Page) => Number(await page.getByTestId("projector-clock").getAttribute("data-ms"));

test("the projector follows the facilitator live: phase, timer, lock, a vote hidden until the reveal, results with a tie, the join code", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Fra hav til bord – Troms", "Åse Fasilitator");
  for (const text of [
    "Felles logistikkhub for fersk fisk",
    "Krabbesafari med samiske guider",
    "Traineeprogram i distriktene",
  ])
    await f.addCard("idea", text);

  // The facilitator opens the projector view from their tools: a new tab of the same browser,
  // dragged to the big screen.
  const [screen] = await Promise.all([fac.context.waitForEvent("page"), tool(f.page, "projector-open")]);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await expect(screen).toHaveURL(/\/w\/[^/]+\/screen$/);
  await shot(f.page, "facilitator-tools-1280");
  await expect(screen.getByTestId("projector-title")).toHaveText("Fra hav til bord – Troms");
  await expect(screen.getByTestId("projector-phase-name")).toHaveText("Fra hav til bord – Troms");

  const p = await newPerson(browser);
  const me = await new JoinPage(p.page).join(participantLink, "Kari Nordmann", "industry");
  const p2 = await newPerson(browser);
  const lars = await new JoinPage(p2.page).join(participantLink, "Lars Ørjasæter", "research");
  // The screen is nobody in the room: three people online, not four.
  await expect(f.page.getByTestId("people-button")).toContainText("3 people");
  await expect(me.page.getByTestId("people-button")).toContainText("3 people");

  // A phase and its timer, counting down live on the wall.
  await tool(f.page, "agenda-button");
  await f.page.getByTestId("agenda-template").click();
  await f.page.getByTestId("agenda-phase").first().getByRole("button", { name: "Start" }).click();
  await expect(screen.getByTestId("projector-phase-name")).toHaveText("Briefing", LIVE);
  await expect(screen.getByTestId("projector-phase-step")).toHaveText("Phase 1 of 5");
  await expect(screen.getByTestId("projector-instructions")).toHaveText(/Listen to the analysis of the region/);
  await expect(screen.getByTestId("projector-timer")).toHaveAttribute("data-look", "running", LIVE);
  const first = await msLeft(screen);
  expect(first).toBeGreaterThan(9 * 60_000);
  await expect.poll(() => msLeft(screen)).toBeLessThan(first - 500);
  await shot(screen, "projector-phase-1920");

  await tool(f.page, "timer-pause");
  await expect(screen.getByTestId("projector-timer")).toHaveAttribute("data-look", "paused", LIVE);
  await expect(screen.getByTestId("projector-timer")).toContainText("Paused");
  const frozen = await msLeft(screen);
  await tool(f.page, "timer-resume");
  await expect(screen.getByTestId("projector-timer")).toHaveAttribute("data-look", "running", LIVE);
  await expect.poll(() => msLeft(screen)).toBeLessThan(frozen);

  await tool(f.page, "lock-toggle");
  await expect(screen.getByTestId("projector-locked")).toBeVisible(LIVE);
  await tool(f.page, "lock-toggle");
  await expect(screen.getByTestId("projector-locked")).toHaveCount(0, LIVE);

  // The prioritising phase, cut to one minute: the wall warns that time is nearly up.
  await tool(f.page, "agenda-button");
  const voting = f.page.getByTestId("agenda-phase").nth(3);
  await voting.getByRole("spinbutton").fill("1");
  await voting.getByRole("button", { name: "Start" }).click();
  await expect(screen.getByTestId("projector-phase-name")).toHaveText("Prioritise", LIVE);
  await expect(screen.getByTestId("projector-timer")).toHaveAttribute("data-look", "warning", LIVE);
  await expect(screen.getByTestId("projector-timer")).toContainText("Last minute");

  // A vote: the wall shows that people vote, never what they vote, until the reveal.
  await tool(f.page, "vote-button");
  await f.page.getByTestId("vote-start").click();
  await expect(screen.getByTestId("projector-vote")).toHaveAttribute("data-status", "open", LIVE);
  await expect(screen.getByTestId("projector-voters")).toHaveText("0 people have voted");
  await me.card("Felles logistikkhub for fersk fisk").getByTestId("vote-add").click();
  await me.card("Krabbesafari med samiske guider").getByTestId("vote-add").click();
  await lars.card("Felles logistikkhub for fersk fisk").getByTestId("vote-add").click();
  await lars.card("Traineeprogram i distriktene").getByTestId("vote-add").click();
  await expect(screen.getByTestId("projector-voters")).toHaveText("2 people have voted", LIVE);
  await expect(screen.getByTestId("projector-chart")).toHaveCount(0);
  await expect(screen.getByTestId("projector-bar")).toHaveCount(0);
  await expect(screen.getByText("Krabbesafari med samiske guider")).toHaveCount(0);
  await shot(screen, "projector-vote-open-1920");

  await f.page.getByTestId("vote-reveal").click();
  const bars = screen.getByTestId("projector-bar");
  await expect(bars).toHaveCount(3, LIVE);
  // 2, then a tie for second place between the two cards with one vote each.
  await expect(bars.nth(0)).toContainText("Felles logistikkhub for fersk fisk");
  await expect(bars.nth(0).getByTestId("projector-bar-value")).toHaveText("2 votes");
  await expect(bars.nth(0)).toHaveAttribute("data-tied", "false");
  for (const i of [1, 2]) {
    await expect(bars.nth(i)).toHaveAttribute("data-rank", "2");
    await expect(bars.nth(i)).toHaveAttribute("data-tied", "true");
    await expect(bars.nth(i).getByTestId("projector-tied")).toHaveText("Tied");
    await expect(bars.nth(i).getByTestId("projector-bar-value")).toHaveText("1 vote");
  }
  await expect(screen.getByTestId("projector-chart")).toContainText("Place 2, tied");
  await screen.mouse.move(10, 10);
  await shot(screen, "projector-results-1920");
  await screen.setViewportSize({ width: 1280, height: 720 });
  await shot(screen, "projector-results-1280");

  // The join code, full screen on demand; Escape puts the workshop back.
  await screen.getByTestId("projector-qr").click();
  const dialog = screen.getByTestId("projector-qr-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("projector-qr-code")).toBeVisible();
  const code = await dialog.getByTestId("projector-qr-code").boundingBox();
  expect(code?.height ?? 0).toBeGreaterThan(720 * 0.5);
  await shot(screen, "projector-qr-1280");
  await screen.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(bars).toHaveCount(3);

  await Promise.all([fac.context.close(), p.context.close(), p2.context.close()]);
});

test("the projector shows a scoring round: how many have scored, then each target's mean with the split by actor group", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Smart spesialisering i Troms", "Åse");
  await f.addCard("opportunity", "Sporbar sjømat til Asia");
  await f.addCard("opportunity", "Havvind i nord");
  const [screen] = await Promise.all([fac.context.waitForEvent("page"), tool(f.page, "projector-open")]);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  const kari = await newPerson(browser);
  await new JoinPage(kari.page).join(participantLink, "Kari", "industry");
  const per = await newPerson(browser);
  await new JoinPage(per.page).join(participantLink, "Per", "public");

  await tool(f.page, "scoring-button");
  await f.page.getByTestId("scoring-start").click();
  await expect(screen.getByTestId("projector-scoring")).toHaveAttribute("data-status", "open", LIVE);
  await kari.page.getByTestId("score-open").click();
  await score(kari.page, "Sporbar sjømat til Asia", [5, 5, 5, 5]);
  await score(kari.page, "Havvind i nord", [2, 2, 2, 2]);
  await per.page.getByTestId("score-open").click();
  await score(per.page, "Sporbar sjømat til Asia", [2, 2, 2, 2]);
  await score(per.page, "Havvind i nord", [4, 4, 4, 4]);
  // Before the reveal the wall knows only how many have scored.
  await expect(screen.getByTestId("projector-scorers")).toHaveText("2 people have scored", LIVE);
  await expect(screen.getByTestId("projector-chart")).toHaveCount(0);

  await f.page.getByTestId("score-reveal").click();
  const bars = screen.getByTestId("projector-bar");
  await expect(bars).toHaveCount(2, LIVE);
  await expect(bars.first()).toContainText("Sporbar sjømat til Asia");
  await expect(bars.first().getByTestId("projector-bar-value")).toHaveText("3.5 of 5");
  await expect(bars.first().getByTestId("projector-bar-detail")).toHaveText("Industry 5.0 · Public sector 2.0");
  await expect(bars.nth(1).getByTestId("projector-bar-detail")).toHaveText("Industry 2.0 · Public sector 4.0");
  await shot(screen, "projector-scores-1920");
});
