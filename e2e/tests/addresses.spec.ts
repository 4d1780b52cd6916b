import { baseUrl } from "../support/pages";
import { expect, test } from "../support/test";

// What an address the app does not know shows: a calm explanation and a way to the start page,
// in the app, without a reload (client-side routing).

test("an unknown address or workshop says so, and the start page is one click away", async ({ page }) => {
  await page.goto(`${baseUrl()}/no/such/page`);
  const fatal = page.getByTestId("fatal");
  await expect(fatal).toHaveAttribute("data-reason", "unknownWorkshop");
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
  await fatal.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page.getByTestId("create-form")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
  // The link moved within the page: nothing was reloaded.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // An invite to a workshop that does not exist.
  await page.goto(`${baseUrl()}/join/doesnotexist123#sometoken`);
  await expect(page.getByTestId("fatal")).toHaveAttribute("data-reason", "unknownWorkshop");
  await page.goBack();
  await expect(page.getByTestId("create-form")).toBeVisible();
});
