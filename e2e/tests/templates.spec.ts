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
