import { LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

test("the UI follows the browser language and can be switched to Norwegian and Swedish", async ({ browser }) => {
  const norwegian = await newPerson(browser, "nb-NO");
  await norwegian.page.goto(process.env.E2E_BASE_URL as string);
  await expect(norwegian.page.getByRole("heading", { level: 1 })).toHaveText(
    "Led et oppdagelsesverksted alle kan delta i",
  );
  await norwegian.context.close();

  const { page, context } = await newPerson(browser, "en-GB");
  const landing = new LandingPage(page);
  await landing.goto();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Run a discovery workshop everyone can join");
  await page.getByTestId("language-switcher").selectOption("sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Led en upptäcktsworkshop som alla kan delta i");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");

  const { board } = await landing.createWorkshop("Småland – trä och digitalisering", "Åsa Processledare", "Kronoberg");
  await expect(page.getByTestId("add-strength")).toContainText("Styrka");
  await expect(page.getByTestId("tab-notes")).toHaveText("Anteckningar");
  await page.getByTestId("language-switcher").selectOption("nb");
  await expect(page.getByTestId("add-strength")).toContainText("Styrke");
  await expect(page.getByTestId("add-opportunity")).toContainText("Mulighet");
  await expect(page.getByTestId("tab-notes")).toHaveText("Notater");
  await expect(page.getByTestId("tab-plan")).toHaveText("Handlingsplan");
  await expect(board.connection()).toContainText("Tilkoblet");
  // The choice is remembered.
  await page.reload();
  await expect(page.getByTestId("add-strength")).toContainText("Styrke");
  await context.close();
});
