import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./test";

/** Clicks one of the facilitator's session tools, from the "More" menu if it is tucked away there. */
export async function tool(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId("session-bar").getByTestId(testId);
  if (!(await button.isVisible())) await page.getByTestId("tools-more").click();
  await button.click();
}

/** Downloads one export from the menu and returns its bytes. */
export async function download(page: Page, testId: string): Promise<Buffer> {
  await page.getByTestId("export-button").click();
  const downloading = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  return fs.readFileSync((await (await downloading).path()) as string);
}

/** Gives one target of the open scoring form these scores, criterion by criterion, by click or tap. */
export async function score(page: Page, target: string, values: number[], touch = false): Promise<void> {
  const rows = page.getByTestId("score-target").filter({ hasText: target }).getByTestId("score-row");
  await expect(rows).toHaveCount(values.length);
  for (const [i, value] of values.entries()) {
    const radio = rows
      .nth(i)
      .getByRole("radio")
      .nth(value - 1);
    if (touch) await radio.tap();
    else await radio.click();
    await expect(radio).toBeChecked();
  }
}
