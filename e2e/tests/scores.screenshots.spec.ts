import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { LandingPage, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { score } from "../support/tools";

// Not a test of behaviour: a revealed scoring round on the board, in the phone's list and on the
// projector, at desktop, phone and 1920 × 1080 (`pnpm screenshots`).

const outDir = path.resolve(import.meta.dirname, "../../docs/screenshots");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(outDir, `${name}.png`) });

test("screens of scores on the board, the phone and the projector", async ({ browser }) => {
  fs.mkdirSync(outDir, { recursive: true });
  const ctx = await browser.newContext({ locale: "nb-NO", viewport: { width: 1440, height: 900 } });
  const f = await ctx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  const { participantLink, board } = await landing.createWorkshop("Smart spesialisering i Troms", "Åse Fasilitator");
  await board.addCard("opportunity", "Sporbar sjømat til Asia");
  await board.addCard("opportunity", "Havvind i nord");
  const [screen] = await Promise.all([
    ctx.waitForEvent("page"),
    (async () => {
      const tool = f.getByTestId("projector-open");
      if (!(await tool.isVisible())) await f.getByTestId("tools-more").click();
      await tool.click();
    })(),
  ]);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  const { phone } = await PhonePage.join(browser, participantLink, "Per Ánde", "public");
  const kariCtx = await browser.newContext({ locale: "nb-NO" });
  const kari = await kariCtx.newPage();
  await kari.goto(participantLink);
  await kari.locator("input[name=name]").fill("Kari Nordmann");
  await kari.locator("select[name=actorGroup]").selectOption("industry");
  await kari.getByTestId("join-form").getByRole("button").click();

  const scoring = f.getByTestId("scoring-button");
  if (!(await scoring.isVisible())) await f.getByTestId("tools-more").click();
  await scoring.click();
  await f.getByTestId("scoring-start").click();
  await kari.getByTestId("score-open").click();
  await score(kari, "Sporbar sjømat til Asia", [5, 5, 5, 5]);
  await score(kari, "Havvind i nord", [2, 2, 2, 2]);
  await phone.page.getByTestId("score-open").tap();
  await score(phone.page, "Sporbar sjømat til Asia", [2, 2, 2, 2], true);
  await score(phone.page, "Havvind i nord", [4, 4, 4, 4], true);
  await f.getByTestId("score-reveal").click();
  await expect(screen.getByTestId("projector-bar")).toHaveCount(2);
  await f.getByTestId("scoring-sheet").getByRole("button").first().click();
  await phone.page.getByTestId("scoring-sheet").getByRole("button").first().tap();
  await expect(board.card("Sporbar sjømat til Asia").getByTestId("score-badge")).toBeVisible();
  await shot(f, "scores-board-desktop");
  await shot(phone.page, "scores-list-phone");
  await screen.mouse.move(10, 10);
  await shot(screen, "projector-scores-desktop");
});
