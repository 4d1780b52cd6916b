import type { Page } from "@playwright/test";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const SWOT_NB = ["Styrker", "Svakheter", "Muligheter", "Trusler"];

/** The zone titles on this person's board: inputs for those who may edit, text for the others. */
function zoneTitles(page: Page): Promise<string[]> {
  return page
    .locator(".zone-title")
    .evaluateAll((nodes) => nodes.map((n) => (n instanceof HTMLInputElement ? n.value : (n.textContent ?? ""))))
    .then((titles) => titles.sort());
}

test("a facilitator starts a Norwegian workshop from the SWOT template, and a participant sees its zones", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, "nb-NO");
  const page = facilitator.page;
  const landing = new LandingPage(page);
  await landing.goto();

  // The cards are radios: the blank board is chosen, and the arrow keys move the choice.
  const picker = page.getByTestId("template-picker");
  await expect(picker.getByRole("radio", { name: /Tom tavle/ })).toBeChecked();
  await picker.getByRole("radio", { name: /Tom tavle/ }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  const swot = picker.getByRole("radio", { name: /SWOT/ });
  await expect(swot).toBeChecked();
  await expect(swot).toBeFocused();
  await expect(page.getByTestId("template-swot")).toHaveClass(/selected/);
  await expect(page.getByTestId("template-agenda")).toContainText("Styrker og svakheter");
  await expect(page.getByTestId("template-swot")).toContainText("4 soner");

  const { participantLink, board } = await landing.createWorkshop("Næringsstrategi for Troms", "Åse Fasilitator");
  await expect(board.page.locator(".react-flow__node-zone")).toHaveCount(4);
  await expect.poll(() => zoneTitles(page)).toEqual([...SWOT_NB].sort());
  // The whole board is in view on arrival.
  for (const zone of await page.locator(".react-flow__node-zone").all()) await expect(zone).toBeInViewport();

  const participant = await newPerson(browser, "nb-NO");
  const kari = await new JoinPage(participant.page).join(participantLink, "Kari Nordmann", "industry");
  await expect(kari.page.locator(".react-flow__node-zone")).toHaveCount(4);
  await expect.poll(() => zoneTitles(kari.page)).toEqual([...SWOT_NB].sort());
});

test("the discovery agenda runs with one Next per phase, and is saved as a template the next workshop starts from", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser);
  const page = facilitator.page;
  const landing = new LandingPage(page);
  await landing.goto();
  await page
    .getByTestId("template-picker")
    .getByRole("radio", { name: /Smart specialisation/ })
    .check();
  const { participantLink } = await landing.createWorkshop("Troms discovery", "Åse Facilitator");
  const participant = await newPerson(browser);
  const kari = await new JoinPage(participant.page).join(participantLink, "Kari Nordmann", "industry");

  // The agenda shows what each phase switches on; the facilitator adds a lock to Links.
  await page.getByTestId("agenda-button").click();
  const phases = page.getByTestId("agenda-phase");
  await expect(phases).toHaveCount(9);
  await expect(phases.nth(0).getByTestId("phase-action-lock")).toBeChecked();
  await expect(phases.nth(1).getByTestId("phase-action-privateRound")).toBeChecked();
  await expect(phases.nth(6).getByTestId("phase-action-vote")).toBeChecked();
  await phases.nth(3).getByTestId("phase-action-lock").check();
  // The dot vote says what it is about and how many dots each person has: four, not five.
  await expect(phases.nth(6).getByTestId("phase-vote-dots")).toHaveValue("5");
  await phases.nth(6).getByTestId("phase-vote-dots").fill("4");

  // Saved as a template, with the edit.
  await page.getByTestId("template-save-open").click();
  // Saved templates are the server's, shared by every test: this one's name is its own.
  const name = `Troms method <i>v2</i> ${test.info().repeatEachIndex}-${Date.now().toString(36)}`;
  await page.getByTestId("template-save-name").fill(name);
  await page.getByTestId("template-save").getByRole("button", { name: "Save template" }).click();
  await expect(page.getByTestId("template-save-status")).toContainText(name);

  // Starting the briefing locks the board; Next lifts the lock and starts private writing.
  await phases.nth(0).getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("agenda-dialog")).toBeHidden();
  await expect(kari.page.getByTestId("banner-locked")).toBeVisible();
  await page.getByTestId("phase-next").click();
  await expect(kari.page.getByTestId("banner-locked")).toBeHidden();
  await expect(kari.page.getByTestId("banner-private")).toBeVisible();
  await kari.page.getByTestId("phase-toggle").click();
  await expect(kari.page.getByTestId("phase-starts")).toHaveText("Starts with the phase: Private writing");

  // A facilitator creating the next workshop is offered the saved template, zones and agenda.
  const next = await newPerson(browser);
  const nextLanding = new LandingPage(next.page);
  await nextLanding.goto();
  const saved = next.page.getByTestId("template-picker").getByRole("radio", { name });
  await saved.check();
  await expect(next.page.getByTestId("template-agenda").locator("li")).toHaveCount(9);
  await nextLanding.createWorkshop("Troms, second round", "Per Facilitator");
  await expect(next.page.locator(".react-flow__node-zone")).toHaveCount(5);
  await next.page.getByTestId("agenda-button").click();
  await expect(next.page.getByTestId("agenda-phase").nth(3).getByTestId("phase-action-lock")).toBeChecked();
  await expect(next.page.getByTestId("agenda-phase").nth(6).getByTestId("phase-vote-dots")).toHaveValue("4");
});
