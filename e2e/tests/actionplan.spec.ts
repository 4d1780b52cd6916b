import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { JoinPage, LandingPage, newPerson, pageErrors } from "../support/pages";

test.beforeEach(() => {
  pageErrors.length = 0;
});
test.afterEach(() => {
  expect(pageErrors, "uncaught errors in the browser").toEqual([]);
});

const LIVE = { timeout: 1_000 };

test("a link becomes an action item with provenance; two people fill its fields at once; the CSV has it", async ({
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

  // "Show on board" selects the item's source cards.
  await kItem.getByTestId("action-show").click();
  await expect(kari.page.locator(".react-flow__node-card.selected")).toHaveCount(2);

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
    "Agreed",
    "Industry",
  ]) {
    expect(csv).toContain(text);
  }
  await Promise.all([fac.context.close(), kariPerson.context.close()]);
});
