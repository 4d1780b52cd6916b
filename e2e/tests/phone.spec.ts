import type { Page } from "@playwright/test";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const width = (page: Page) => page.evaluate(() => window.innerWidth);

test("on a phone the workshop stays the width of the screen through joining, voting and notes", async ({ browser }) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Mobilverksted i Småland", "Åsa");
  const phone = await browser.newContext({
    locale: "sv-SE",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const page = await phone.newPage();
  const me = await new JoinPage(page).join(participantLink, "Kari", "industry");
  expect(await width(page)).toBe(390);
  await me.addCard("idea", "Idé från mobilen – åäö");
  await fac.page.getByTestId("vote-button").click();
  await fac.page.getByTestId("vote-start").click();
  await me.card("Idé från mobilen – åäö").getByTestId("vote-add").click();
  await fac.page.getByTestId("vote-reveal").click();
  await expect(page.getByTestId("vote-results")).toBeVisible();
  const panel = await page.getByTestId("vote-results").boundingBox();
  expect((panel?.x ?? 0) + (panel?.width ?? 999)).toBeLessThanOrEqual(390);
  await page.getByTestId("notes-toggle").click();
  await expect(page.getByTestId("notes-editor")).toBeVisible();
  expect(await width(page)).toBe(390);
  await Promise.all([fac.context.close(), phone.close()]);
});
