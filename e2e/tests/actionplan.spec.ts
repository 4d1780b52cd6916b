import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { EXPORT_LABELS } from "@oppdag/shared";
import type { Page } from "@playwright/test";
import JSZip from "jszip";
import mammoth from "mammoth";
import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const LIVE = { timeout: 1_000 };

/** Drags with the mouse in small steps, as a hand does (drag libraries need the moves in between). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

const centre = async (locator: import("@playwright/test").Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test("a link becomes an action item; two people fill it at once; it goes on the matrix; Word, CSV and the PDF carry it", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Handlingsplan Troms", "Åse");
  const kariPerson = await newPerson(browser);
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");

  await kari.addCard("strength", "Kongekrabbe");
  await kari.addCard("opportunity", "Sporbar sjømat i Asia");
  await kari.link("Kongekrabbe", "Sporbar sjømat i Asia", "levende krabbe fra hav til bord");

  // The new link is still selected: make an action item of it.
  await kari.page.getByTestId("make-action-item").click();
  const kItem = kari.page.getByTestId("action-item");
  await expect(kItem.getByTestId("action-title")).toHaveValue("levende krabbe fra hav til bord");
  await expect(kItem.getByTestId("action-provenance")).toContainText("Kongekrabbe ↔ Sporbar sjømat i Asia");
  await expect(kItem.getByTestId("action-provenance")).toContainText("Industry");

  // Both edit different fields of the same item at the same time; both see both.
  await f.page.getByTestId("tab-plan").click();
  const fItem = f.page.getByTestId("action-item");
  await expect(fItem.getByTestId("action-title")).toHaveValue("levende krabbe fra hav til bord", LIVE);
  await Promise.all([
    kItem.locator("[data-field=goal]").pressSequentially("Dobla eksporten av levende krabbe innen 2028", { delay: 10 }),
    fItem.locator("[data-field=partners]").pressSequentially("Nofima, UiT, Sjømatrådet", { delay: 10 }),
  ]);
  await fItem.locator("[data-field=focusArea]").fill("Sjømat og havbruk");
  await expect(kItem.locator("[data-field=partners]")).toHaveValue("Nofima, UiT, Sjømatrådet", LIVE);
  await expect(fItem.locator("[data-field=goal]")).toHaveValue("Dobla eksporten av levende krabbe innen 2028", LIVE);
  await expect(kari.page.getByTestId("plan-panel")).toContainText("1. Sjømat og havbruk", LIVE);
  await f.page.getByTestId("action-status").selectOption("agreed");
  await expect(kItem.getByTestId("action-status")).toHaveValue("agreed", LIVE);
  // The plans' words: a priority nobody has set yet (nothing was voted on, so nothing is
  // suggested), a result goal, sent on for decision, and to whom it is told.
  await expect(fItem.getByTestId("action-priority")).toHaveValue("");
  await expect(fItem.getByTestId("action-suggestion")).toHaveCount(0);
  await fItem.getByTestId("action-priority").selectOption("high");
  await kItem.getByTestId("action-goal-type").selectOption("result");
  await fItem.locator("[data-field=communication]").fill("Sjømatnæringen gjennom NHO Arktis");
  // Resources as plans count them: person-years and money, in the currency picked (EUR by default in English).
  await expect(kItem.getByTestId("action-currency")).toHaveValue("EUR");
  await kItem.locator("[data-field=fte]").fill("2.5");
  await fItem.locator("[data-field=amount]").fill("4500000");
  await fItem.getByTestId("action-currency").selectOption("NOK");
  await kItem.locator("[data-field=funder]").fill("Troms fylkeskommune");
  await expect(fItem.locator("[data-field=fte]")).toHaveValue("2.5", LIVE);
  await expect(kItem.locator("[data-field=amount]")).toHaveValue("4500000", LIVE);
  await expect(kItem.getByTestId("action-currency")).toHaveValue("NOK", LIVE);
  // Milestones added by both at the same moment: both kept, in date order, for both.
  await fItem.getByTestId("milestone-date").fill("2027-09-15");
  await fItem.getByTestId("milestone-text").fill("First deliveries to Asia");
  await kItem.getByTestId("milestone-date").fill("2027-03-01");
  await kItem.getByTestId("milestone-text").fill("Pilot running");
  await Promise.all([fItem.getByTestId("milestone-add").click(), kItem.getByTestId("milestone-add").click()]);
  for (const item of [fItem, kItem]) {
    await expect(item.getByTestId("milestone")).toHaveText(
      [/1 March 2027\s*Pilot running/, /15 September 2027\s*First deliveries to Asia/],
      LIVE,
    );
  }
  await kItem.getByTestId("action-milestones").screenshot({ path: test.info().outputPath("milestones.png") });
  await f.page.getByTestId("action-status").selectOption("forDecision");
  await expect(kItem.getByTestId("action-priority")).toHaveValue("high", LIVE);
  await expect(fItem.getByTestId("action-goal-type")).toHaveValue("result", LIVE);
  await expect(kItem.locator("[data-field=communication]")).toHaveValue("Sjømatnæringen gjennom NHO Arktis", LIVE);
  await expect(kItem.getByTestId("action-status")).toHaveValue("forDecision", LIVE);

  // "Show on board" selects the item's source cards.
  await kItem.getByTestId("action-show").click();
  await expect(kari.page.locator(".react-flow__node-card.selected")).toHaveCount(2);

  // The facilitator places it on the matrix: high impact, fairly easy. Kari sees it land there.
  await f.page.getByTestId("plan-view-matrix").click();
  await kari.page.getByTestId("plan-view-matrix").click();
  const grid = f.page.getByTestId("matrix-grid");
  const gridBox = await grid.boundingBox();
  if (!gridBox) throw new Error("no grid");
  await drag(f.page, await centre(f.page.getByTestId("matrix-tray-chip")), {
    x: gridBox.x + gridBox.width * 0.8,
    y: gridBox.y + gridBox.height * 0.2,
  });
  const kChip = kari.page.getByTestId("matrix-chip");
  await expect(kChip).toHaveAttribute("aria-label", /impact 8\d %, feasibility 8\d %/, LIVE);
  await expect(kari.page.getByTestId("matrix-tray-chip")).toHaveCount(0);
  // Arrow keys move a focused item: one step up in impact.
  await f.page.getByTestId("matrix-chip").focus();
  const before = await f.page.getByTestId("matrix-chip").getAttribute("aria-label");
  await f.page.keyboard.press("ArrowUp");
  await expect(f.page.getByTestId("matrix-chip")).not.toHaveAttribute("aria-label", before ?? "");

  // The facilitator's CSV export carries every field.
  await f.page.getByTestId("export-button").click();
  const downloading = f.page.waitForEvent("download");
  await f.page.getByTestId("export-csv").click();
  const csv = fs.readFileSync((await (await downloading).path()) as string, "utf8");
  for (const text of [
    "levende krabbe fra hav til bord",
    "Sjømat og havbruk",
    "Dobla eksporten av levende krabbe innen 2028",
    '"Nofima, UiT, Sjømatrådet"',
    "For decision",
    "High",
    "Result goal",
    "Sjømatnæringen gjennom NHO Arktis",
    "Industry",
    ',2.5,4500000,NOK,"1 March 2027 Pilot running; 15 September 2027 First deliveries to Asia",',
    "Troms fylkeskommune",
  ]) {
    expect(csv).toContain(text);
  }

  // The Word report, read by independent readers: Word's own XML, and mammoth's text.
  await f.page.getByTestId("export-button").click();
  const downloadingDocx = f.page.waitForEvent("download");
  await f.page.getByTestId("export-docx").click();
  const docxDownload = await downloadingDocx;
  expect(docxDownload.suggestedFilename()).toBe("Handlingsplan-Troms.docx");
  const docx = fs.readFileSync((await docxDownload.path()) as string);
  const xml = (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain("<w:tbl>");
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  const l = EXPORT_LABELS.en;
  for (const expected of [
    "Handlingsplan Troms",
    l.actionPlan,
    "1a. levende krabbe fra hav til bord",
    "Dobla eksporten av levende krabbe innen 2028",
    "Nofima, UiT, Sjømatrådet",
    "Sjømat og havbruk",
    "Kongekrabbe ↔ Sporbar sjømat i Asia",
    l.quadrants.highHigh,
    "Kari Nordmann",
    l.priorities.high,
    l.goalTypes.result,
    l.statuses.forDecision,
    "Sjømatnæringen gjennom NHO Arktis",
    "2.5 FTE · NOK 4,500,000",
    "1 March 2027 Pilot running; 15 September 2027 First deliveries to Asia",
    // Was every group heard: Kari's industry wrote the cards and the link.
    l.participation,
    l.participationLead,
    ...Object.values(l.fields).filter((label) => label !== l.fields.title && label !== l.fields.focusArea),
  ]) {
    expect(text).toContain(expected);
  }

  // The print page, printed to PDF by Chromium and read back with pdftotext: A4, everything there.
  await f.page.getByTestId("export-button").click();
  const opening = fac.context.waitForEvent("page");
  await f.page.getByTestId("export-print").click();
  const report = await opening;
  await expect(report.locator("h1")).toHaveText("Handlingsplan Troms");
  const pdfPath = test.info().outputPath("report.pdf");
  await report.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" })).toMatch(
    /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/,
  );
  const pdfText = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const expected of [
    "Handlingsplan Troms",
    "Dobla eksporten av levende krabbe innen 2028",
    "Nofima, UiT, Sjømatrådet",
    "Sjømat og havbruk",
    l.quadrants.highHigh,
  ]) {
    expect(pdfText).toContain(expected);
  }
  // The on-screen hint is not printed.
  expect(pdfText).not.toContain("Save as PDF");
  await Promise.all([fac.context.close(), kariPerson.context.close()]);
});

test("items reorder by drag for everyone; the filter is one person's; Copy as table gives HTML and text; participants download when allowed", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  await fac.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Rekkefølge", "Åse");
  const kariPerson = await newPerson(browser);
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");

  await f.page.getByTestId("tab-plan").click();
  await kari.page.getByTestId("tab-plan").click();
  for (const title of ["Første", "Andre", "Tredje"]) {
    await f.page.getByTestId("plan-new").click();
    await f.page.getByTestId("action-title").last().fill(title);
  }
  const titles = (page: Page) => () =>
    page.getByTestId("action-title").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(titles(kari.page), LIVE).toEqual(["Første", "Andre", "Tredje"]);

  // Drag the third item by its handle above the first: everyone sees the new order.
  await drag(f.page, await centre(f.page.getByTestId("action-drag").nth(2)), {
    x: (await centre(f.page.getByTestId("action-drag").nth(0))).x,
    y: ((await f.page.getByTestId("action-item").first().boundingBox())?.y ?? 0) + 5,
  });
  await expect.poll(titles(f.page)).toEqual(["Tredje", "Første", "Andre"]);
  await expect.poll(titles(kari.page), LIVE).toEqual(["Tredje", "Første", "Andre"]);
  await expect(kari.page.locator(".action-label")).toHaveText(["a.", "b.", "c."]);

  // Filtering is local: Kari filters to agreed items; the facilitator still sees all three.
  await f.page.getByTestId("action-status").nth(1).selectOption("agreed");
  await kari.page.getByTestId("plan-filter-status").selectOption("agreed");
  await expect.poll(titles(kari.page), LIVE).toEqual(["Første"]);
  await expect(kari.page.locator(".action-label")).toHaveText(["b."]);
  await expect(f.page.getByTestId("action-title")).toHaveCount(3);
  await kari.page.getByTestId("plan-filter-status").selectOption("all");

  // Copy as table: a real HTML table and tab-separated text on the clipboard.
  await f.page.getByTestId("plan-copy").click();
  await expect(f.page.getByTestId("plan-copy")).toHaveText("Copied");
  const clip = await f.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    return {
      html: await (await item.getType("text/html")).text(),
      text: await (await item.getType("text/plain")).text(),
    };
  });
  expect(clip?.html).toMatch(/<table[^>]*>.*<th[^>]*>No\.<\/th>.*Tredje.*Første.*Andre/s);
  const lines = clip?.text.split("\n") ?? [];
  expect(lines[0]?.split("\t").slice(0, 2)).toEqual(["No.", "Initiative"]);
  expect(lines.slice(1).map((line) => line.split("\t").slice(0, 2).join(" "))).toEqual([
    "1a Tredje",
    "1b Første",
    "1c Andre",
  ]);

  // Participants see no export menu until the facilitator shares the exports.
  await expect(kari.page.getByTestId("export-button")).toHaveCount(0);
  await f.page.getByTestId("export-button").click();
  await f.page.getByTestId("exports-allow").click();
  await expect(f.page.getByTestId("exports-allow")).toBeChecked();
  await expect(kari.page.getByTestId("export-button")).toBeVisible(LIVE);
  await kari.page.getByTestId("export-button").click();
  const downloading = kari.page.waitForEvent("download");
  await kari.page.getByTestId("export-docx").click();
  const docx = fs.readFileSync((await (await downloading).path()) as string);
  expect((await mammoth.extractRawText({ buffer: docx })).value).toContain("Tredje");

  // The board image as PNG, rasterised in the browser from the server's SVG, at twice its size.
  await kari.page.getByTestId("export-button").click();
  const downloadingPng = kari.page.waitForEvent("download");
  await kari.page.getByTestId("export-png").click();
  const pngDownload = await downloadingPng;
  expect(pngDownload.suggestedFilename()).toBe("Rekkefølge.png");
  const png = fs.readFileSync((await pngDownload.path()) as string);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(800); // IHDR width: 2 × the SVG's 400+ px
  await Promise.all([fac.context.close(), kariPerson.context.close()]);
});
