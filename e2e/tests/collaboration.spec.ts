import fs from "node:fs";
import { type BoardPage, JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

/** What "live" means here: every person sees every change within one second. */
const LIVE = { timeout: 1_000 };

test("a facilitator and two participants build a board together, offline edits merge, and the export has it all", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser);
  const landing = new LandingPage(facilitator.page);
  await landing.goto();
  const { participantLink, board: fBoard } = await landing.createWorkshop(
    "Fra hav til bord – kongekrabbe og IT",
    "Åse Fasilitator",
  );

  const kariPerson = await newPerson(browser);
  const larsPerson = await newPerson(browser, "nb-NO");
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");
  const lars = await new JoinPage(larsPerson.page).join(participantLink, "Lars Ørjasæter", "research");
  const everyone: BoardPage[] = [fBoard, kari, lars];

  // Everyone is listed, online, in the facilitator's people panel.
  await fBoard.page.getByTestId("people-button").click();
  await expect(fBoard.page.getByTestId("person").filter({ hasText: "Kari Nordmann" })).toContainText("online");
  await expect(fBoard.page.getByTestId("person").filter({ hasText: "Lars Ørjasæter" })).toBeVisible();
  await fBoard.page.getByTestId("people-button").click();

  // Each participant adds cards; everyone sees them within a second.
  await kari.addCard("strength", "Kongekrabbe i Øst-Finnmark");
  for (const p of everyone) await expect(p.card("Kongekrabbe i Øst-Finnmark")).toBeVisible(LIVE);
  await lars.addCard("opportunity", "Sporbar sjømat til Asia");
  for (const p of everyone) await expect(p.card("Sporbar sjømat til Asia")).toBeVisible(LIVE);
  await lars.addCard("question", "Hvem eier dataene? áčđŋšŧž");
  for (const p of everyone) await expect(p.card("Hvem eier dataene? áčđŋšŧž")).toBeVisible(LIVE);

  // The author's actor group shows on the card, translated for each viewer.
  await expect(kari.card("Kongekrabbe i Øst-Finnmark").locator(".card-author")).toHaveText("Industry");
  await expect(lars.card("Kongekrabbe i Øst-Finnmark").locator(".card-author")).toHaveText("Næringsliv");

  // Each participant draws a link with a label.
  await kari.link("Kongekrabbe i Øst-Finnmark", "Sporbar sjømat til Asia", "levende krabbe fra hav til bord");
  for (const p of everyone)
    await expect(p.page.getByTestId("link-label").filter({ hasText: "levende krabbe fra hav til bord" })).toBeVisible(
      LIVE,
    );
  await lars.link("Sporbar sjømat til Asia", "Hvem eier dataene? áčđŋšŧž", "sporingsdata");
  for (const p of everyone)
    await expect(p.page.getByTestId("link-label").filter({ hasText: "sporingsdata" })).toBeVisible(LIVE);

  // Shared notes reach the others.
  await kari.typeNotes("Referat: krabben må leve hele veien.");
  for (const p of [fBoard, lars])
    await expect(p.page.getByTestId("notes-editor")).toContainText("Referat: krabben må leve hele veien.", LIVE);

  // Lars loses the network, keeps working, and comes back; both sides' edits merge.
  await larsPerson.context.setOffline(true);
  await expect(lars.connection()).toHaveAttribute("data-state", "offline");
  await lars.addCard("idea", "Frakoblet idé – æøå");
  await kari.addCard("challenge", "Logistikk i vinterstorm");
  await expect(fBoard.card("Logistikk i vinterstorm")).toBeVisible(LIVE);
  await expect(fBoard.card("Frakoblet idé – æøå")).toHaveCount(0);
  await larsPerson.context.setOffline(false);
  await expect(lars.connection()).toHaveAttribute("data-state", "online", { timeout: 10_000 });
  for (const p of everyone) {
    await expect(p.card("Frakoblet idé – æøå")).toBeVisible({ timeout: 3_000 });
    await expect(p.card("Logistikk i vinterstorm")).toBeVisible({ timeout: 3_000 });
  }

  // The facilitator downloads the Markdown export, and it holds everything.
  await fBoard.page.getByTestId("export-button").click();
  const downloading = fBoard.page.waitForEvent("download");
  await fBoard.page.getByTestId("export-markdown").click();
  const download = await downloading;
  const md = fs.readFileSync((await download.path()) as string, "utf8");
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  for (const text of [
    "# Fra hav til bord – kongekrabbe og IT",
    "Kongekrabbe i Øst-Finnmark",
    "Sporbar sjømat til Asia",
    "Hvem eier dataene? áčđŋšŧž",
    "Frakoblet idé – æøå",
    "Logistikk i vinterstorm",
    "levende krabbe fra hav til bord",
    "sporingsdata",
    "Referat: krabben må leve hele veien.",
  ]) {
    expect(md).toContain(text);
  }

  await Promise.all([facilitator.context.close(), kariPerson.context.close(), larsPerson.context.close()]);
});

test("an observer sees the board live but cannot change it", async ({ browser }) => {
  const facilitator = await newPerson(browser);
  const landing = new LandingPage(facilitator.page);
  await landing.goto();
  const { observerLink, board: fBoard } = await landing.createWorkshop("Observert verksted", "Åse");
  const obsPerson = await newPerson(browser);
  const obs = await new JoinPage(obsPerson.page).join(observerLink, "Øystein Observatør", "public");
  await expect(obs.page.getByTestId("add-strength")).toHaveCount(0);
  await expect(obs.board).toHaveAttribute("data-readonly", "true");
  await fBoard.addCard("strength", "Havbruk");
  await expect(obs.card("Havbruk")).toBeVisible(LIVE);
  await obs.card("Havbruk").dblclick();
  await expect(obs.page.locator(".react-flow__node-card textarea")).toHaveCount(0);
  await Promise.all([facilitator.context.close(), obsPerson.context.close()]);
});

test("a participant keeps their identity across a reload", async ({ browser }) => {
  const facilitator = await newPerson(browser);
  const landing = new LandingPage(facilitator.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Reload-verksted", "Åse");
  const person = await newPerson(browser);
  const board = await new JoinPage(person.page).join(participantLink, "Kari Nordmann", "industry");
  await board.addCard("idea", "Før omlasting");
  await person.page.reload();
  await expect(board.card("Før omlasting")).toBeVisible();
  await expect(board.connection()).toHaveAttribute("data-state", "online");
  await person.page.getByTestId("people-button").click();
  await expect(person.page.getByTestId("person").filter({ hasText: "Kari Nordmann" })).toHaveCount(1);
  await Promise.all([facilitator.context.close(), person.context.close()]);
});
