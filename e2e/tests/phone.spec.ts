import type { Page } from "@playwright/test";
import { LandingPage, newPerson, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";

const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("on a phone the workshop stays the width of the screen through joining, voting, results and notes", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Mobilverksted i Småland", "Åsa");
  const { context, phone } = await PhonePage.join(browser, participantLink, "Kari", "industry", "sv-SE");
  const page = phone.page;
  expect(await width(page)).toBe(390);
  await phone.addCard(
    "idea",
    "Idé från mobilen – åäö, och en lång text som måste brytas över flera rader på en smal skärm",
  );
  await fac.page.getByTestId("vote-button").click();
  await fac.page.getByTestId("vote-start").click();
  await phone.card("Idé från mobilen").getByTestId("vote-add").tap();
  await expect(page.getByTestId("votes-left")).toHaveText("2 av 3 röster kvar");
  await fac.page.getByTestId("vote-reveal").click();
  await expect(page.getByTestId("vote-results")).toBeVisible();
  const panel = await page.getByTestId("vote-results").boundingBox();
  expect((panel?.x ?? 0) + (panel?.width ?? 999)).toBeLessThanOrEqual(390);
  await expect(phone.card("Idé från mobilen")).toContainText("1 röst");
  await phone.go("notes");
  await expect(page.getByTestId("notes-editor")).toBeVisible();
  expect(await width(page)).toBe(390);
  await phone.go("plan");
  await expect(page.getByTestId("plan-new")).toBeVisible();
  expect(await width(page)).toBe(390);
  await Promise.all([fac.context.close(), context.close()]);
});
