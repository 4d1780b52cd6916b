import { EXPORT_LABELS, type WorkshopJson } from "@oppdag/shared";
import mammoth from "mammoth";
import { LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";
import { download } from "../support/tools";

// A Norwegian facilitator's exports follow Norwegian conventions (semicolons in the CSV, dates as
// 23.11.2026), the separator is theirs to change, and a JSON export comes back in as a new
// workshop from the same menu.

const l = EXPORT_LABELS.nb;
const firstRow = (csv: Buffer) =>
  csv
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")[0] ?? "";

test("a Norwegian workshop's CSV has semicolons, Word dates the Norwegian way, and a JSON export imports as a new workshop", async ({
  browser,
}) => {
  const fac = await newPerson(browser, "nb-NO");
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { board } = await landing.createWorkshop("Kongekrabbe og IT", "Åse Fasilitator");
  await expect(board.addCard("strength", "Levende kongekrabbe; «fersk» til Asia")).resolves.toBeTruthy();
  await expect(board.card("Levende kongekrabbe")).toBeVisible();

  // Semicolons by default: what Excel splits on in Norway.
  await fac.page.getByTestId("export-button").click();
  await expect(fac.page.getByTestId("csv-separator")).toHaveValue("semicolon");
  await fac.page.getByTestId("export-button").click();
  const semicolons = firstRow(await download(fac.page, "export-csv"));
  expect(semicolons.split(";")).toEqual(expect.arrayContaining([l.number, l.fields.title, l.priority]));

  // Commas on request, remembered across a reload.
  await fac.page.getByTestId("export-button").click();
  await fac.page.getByTestId("csv-separator").selectOption("comma");
  await fac.page.getByTestId("export-button").click();
  expect(firstRow(await download(fac.page, "export-csv")).split(",")).toContain(l.fields.title);
  await fac.page.reload();
  await fac.page.getByTestId("export-button").click();
  await expect(fac.page.getByTestId("csv-separator")).toHaveValue("comma");
  await fac.page.getByTestId("export-button").click();

  // Word: the date as a Norwegian plan writes it.
  const { value: word } = await mammoth.extractRawText({ buffer: await download(fac.page, "export-docx") });
  expect(word).toMatch(new RegExp(`${l.date}: \\d{2}\\.\\d{2}\\.\\d{4}`));

  // The JSON export, imported from the menu, opens as a new workshop with this person in charge.
  const json = await download(fac.page, "export-json");
  const exported = JSON.parse(json.toString("utf8")) as WorkshopJson;
  expect(exported.board.cards.map((c) => c.text)).toContain("Levende kongekrabbe; «fersk» til Asia");
  const before = new URL(fac.page.url()).pathname;
  await fac.page.getByTestId("export-button").click();
  await fac.page
    .getByTestId("import-file")
    .setInputFiles({ name: "kongekrabbe.json", mimeType: "application/json", buffer: json });
  await expect(fac.page).not.toHaveURL(new RegExp(`${before}$`));
  await expect(fac.page.locator(".react-flow__node-card", { hasText: "Levende kongekrabbe" })).toBeVisible();
  await expect(fac.page.getByTestId("export-button")).toBeVisible();
  expect(new URL(fac.page.url()).pathname).toMatch(/^\/w\/[^/]+$/);

  await fac.page.getByTestId("export-button").click();
  await fac.page.screenshot({ path: test.info().outputPath("export-menu-nb.png") });
  await fac.page.getByTestId("export-button").click();

  // A file that is not an export is refused with a reason, and nothing changes.
  const here = fac.page.url();
  await fac.page.getByTestId("export-button").click();
  await fac.page
    .getByTestId("import-file")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json at all") });
  await expect(fac.page.getByRole("alert").filter({ hasText: "ikke et verksted eksportert som JSON" })).toBeVisible();
  expect(fac.page.url()).toBe(here);
});
