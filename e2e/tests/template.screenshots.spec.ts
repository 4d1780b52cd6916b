import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { LandingPage } from "../support/pages";
import { expect, test } from "../support/test";

// Not a test of behaviour: the agenda with what each phase switches on, saving it as a template,
// and the create form offering the saved template, at desktop and phone size (`pnpm screenshots`).

const outDir = path.resolve(import.meta.dirname, "../../docs/screenshots");
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(outDir, `${name}.png`) });

test("screens of phase actions and saved templates", async ({ browser }) => {
  fs.mkdirSync(outDir, { recursive: true });
  const ctx = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const f = await ctx.newPage();
  const landing = new LandingPage(f);
  await landing.goto();
  await f
    .getByTestId("template-picker")
    .getByRole("radio", { name: /Smart spesialisering/ })
    .check();
  await landing.createWorkshop("Oppdagelsesverksted Troms", "Åse Fasilitator");
  await f.getByTestId("agenda-button").click();
  await expect(f.getByTestId("agenda-phase")).toHaveCount(9);
  await shot(f, "agenda-actions-desktop");
  await f.getByTestId("phase-vote-settings").scrollIntoViewIfNeeded();
  await shot(f, "agenda-vote-settings-desktop");
  await f.getByTestId("template-save-open").click();
  await f.getByTestId("template-save-name").fill("Troms-metoden");
  await f.getByTestId("template-save").getByRole("button", { name: "Lagre malen" }).click();
  await expect(f.getByTestId("template-save-status")).toBeVisible();
  await f.getByTestId("template-save").scrollIntoViewIfNeeded();
  await shot(f, "template-saved-desktop");
  await f.setViewportSize(PHONE);
  await f.getByTestId("agenda-phase").first().scrollIntoViewIfNeeded();
  await shot(f, "agenda-actions-phone");

  const other = await browser.newContext({ locale: "nb-NO", viewport: DESKTOP, deviceScaleFactor: 1 });
  const p = await other.newPage();
  await new LandingPage(p).goto();
  await p
    .getByTestId("template-picker")
    .getByRole("radio", { name: /Troms-metoden/ })
    .check();
  await p.getByTestId("template-picker").scrollIntoViewIfNeeded();
  await shot(p, "template-picker-saved-desktop");
  await p.setViewportSize(PHONE);
  await p.getByTestId("template-agenda").scrollIntoViewIfNeeded();
  await shot(p, "template-picker-saved-phone");
});
