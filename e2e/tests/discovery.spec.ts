import { EXPORT_LABELS } from "@oppdag/shared";
import type { Page } from "@playwright/test";
import mammoth from "mammoth";
import { BoardPage, JoinPage, LandingPage, newPerson, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { download, score, tool } from "../support/tools";

// The discovery method from start to plan document, as a room runs it: a facilitator and four
// others (one on a phone, one critical friend) on the discovery template; two thematic groups with
// rapporteur summaries; the agenda's critique phase, dot vote and scoring round started by its own
// phases; the reveal; and the Word and Markdown exports carrying groups, summaries, challenges and
// the score table.

const LIVE = { timeout: 3_000 };
const STRENGTH = "Kongekrabbe i Øst-Finnmark";
const OPPORTUNITY = "Sporbar sjømat til Asia";
const IDEA = "Felles kjølelager for levende krabbe";
const CHALLENGE = "Who pays for the air freight?";
const SEA = "Cold chain and traceability from Varanger to Asia; one shared hub is our proposal.";
const SPACE = "Satellite data from Tromsø can follow every crate of crab.";

/** Writes a summary from the group banner, and waits until it is saved. */
async function writeSummary(page: Page, text: string) {
  await page.getByTestId("group-banner").getByTestId("group-summary-open").click();
  await page.getByTestId("group-summary-text").fill(text);
  await expect(page.getByTestId("group-summary-state")).toHaveAttribute("data-state", "saved", LIVE);
  await page.getByRole("button", { name: "Done" }).click();
}

test("a discovery workshop from template to plan document: groups, critique, scoring, exports", async ({ browser }) => {
  test.setTimeout(120_000);
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  await fac.page
    .getByTestId("template-picker")
    .getByRole("radio", { name: /Smart specialisation/ })
    .check();
  const { participantLink } = await landing.createWorkshop("Troms: king crab meets IT", "Åse Facilitator");
  await expect(fac.page.locator(".react-flow__node-zone")).toHaveCount(5);
  await fac.page.getByTestId("invite-button").click();
  const criticLink = await fac.page.getByTestId("invite-critic").inputValue();
  await fac.page.getByTestId("share-dialog").getByRole("button", { name: "Close" }).click();

  const kariPerson = await newPerson(browser);
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");
  const larsPerson = await newPerson(browser);
  const lars = await new JoinPage(larsPerson.page).join(participantLink, "Lars Ørjasæter", "research");
  const { context: phoneContext, phone } = await PhonePage.join(
    browser,
    participantLink,
    "Per Ánde",
    "public",
    "en-GB",
  );
  const sigridPerson = await newPerson(browser);
  await sigridPerson.page.goto(criticLink);
  const joinForm = sigridPerson.page.getByTestId("join-form");
  await joinForm.locator("input[name=name]").fill("Sigrid Kritisk");
  await joinForm.getByRole("button", { name: "Join" }).click();
  const sigrid = new BoardPage(sigridPerson.page);
  await expect(sigrid.board).toBeVisible();

  // Two groups on the Strengths and Opportunities zones: Kari (the rapporteur) and Per, and Lars.
  await tool(fac.page, "groups-button");
  const dialog = fac.page.getByTestId("groups-dialog");
  const drafts = dialog.getByTestId("group-draft");
  await expect(drafts).toHaveCount(5);
  for (const i of [4, 3, 1]) await drafts.nth(i).getByRole("button").click();
  await drafts.nth(0).locator("input").fill("Sea");
  await drafts.nth(1).locator("input").fill("Space");
  await dialog.getByTestId("groups-form").click();
  const column = (name: string) =>
    dialog.getByTestId("group-column").filter({ has: fac.page.getByRole("heading", { name }) });
  await expect(dialog.getByTestId("group-column")).toHaveCount(2);
  const member = (name: string) => dialog.getByTestId("group-member").filter({ hasText: name });
  // The critical friend is an outside voice, not dealt into a group.
  await expect(member("Sigrid Kritisk")).toHaveCount(0);
  for (const name of ["Kari Nordmann", "Per Ánde"])
    await member(name).getByTestId("group-move").selectOption({ label: "Sea" });
  await member("Lars Ørjasæter").getByTestId("group-move").selectOption({ label: "Space" });
  await expect(column("Sea").getByTestId("group-member")).toHaveCount(2, LIVE);
  await member("Kari Nordmann").getByTestId("group-rapporteur").click();
  await dialog.locator("input[type=number]").fill("15");
  await dialog.getByTestId("groups-start").click();
  await dialog.getByRole("button", { name: "Close" }).click();

  // Each group works in its zone; the phone sees its group; the rapporteurs write summaries.
  await expect(kariPerson.page.getByTestId("my-group-name")).toHaveText("Sea", LIVE);
  await expect(phone.page.getByTestId("group-banner").getByTestId("my-group-name")).toHaveText("Sea", LIVE);
  await kari.addCard("strength", STRENGTH);
  await lars.addCard("opportunity", OPPORTUNITY);
  await writeSummary(kariPerson.page, SEA);
  await writeSummary(larsPerson.page, SPACE);
  await tool(fac.page, "groups-button");
  await expect(column("Space").getByTestId("group-summary-preview")).toHaveText(SPACE, LIVE);
  await dialog.getByTestId("groups-end").click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await kari.addCard("idea", IDEA);

  // The agenda's "Critical friends" phase: only challenges now; Sigrid challenges the opportunity.
  await fac.page.getByTestId("agenda-button").click();
  const critique = fac.page
    .getByTestId("agenda-phase")
    .filter({ has: fac.page.locator("input[value='Critical friends']") });
  await expect(critique.getByTestId("phase-action-critique")).toBeChecked();
  await critique.getByRole("button", { name: "Start" }).click();
  await expect(kariPerson.page.getByTestId("banner-critique")).toBeVisible(LIVE);
  await expect(kariPerson.page.getByTestId("add-idea")).toHaveCount(0);
  // Seen whole, the board is too far away to read; she zooms in and goes to the opportunity.
  for (let i = 0; i < 3; i++) await sigridPerson.page.locator(".react-flow__controls-zoomin").click();
  await sigrid.card(OPPORTUNITY).focus();
  await expect(sigrid.card(OPPORTUNITY).locator(".card-kind")).toBeVisible();
  await sigrid.selectCard(OPPORTUNITY);
  await sigridPerson.page.getByTestId("challenge-this").click();
  const editor = sigridPerson.page.locator(".react-flow__node-card textarea");
  await expect(editor).toBeFocused();
  await editor.pressSequentially(CHALLENGE, { delay: 5 });
  await editor.press("Escape");
  await expect(kari.card(OPPORTUNITY).getByTestId("challenge-badge")).toHaveText("⚑ 1", LIVE);
  // On the phone's card list too.
  const phoneRow = (text: string) => phone.page.getByTestId("list-card").filter({ hasText: text });
  await expect(phoneRow(OPPORTUNITY).getByTestId("list-challenges")).toContainText("1 open challenge", LIVE);

  // Next: the dot vote opens by itself, and critique ends. Next again: the scoring round.
  await fac.page.getByTestId("phase-next").click();
  await expect(kariPerson.page.getByTestId("banner-critique")).toBeHidden(LIVE);
  await expect(fac.page.getByTestId("phase-name")).toHaveText("Dot vote");
  await fac.page.getByTestId("phase-next").click();
  await expect(fac.page.getByTestId("phase-name")).toHaveText("Scoring");
  await kariPerson.page.getByTestId("score-open").click();
  await score(kariPerson.page, IDEA, [5, 4, 5, 4]);
  await phone.page.getByTestId("score-open").tap();
  await score(phone.page, IDEA, [2, 2, 2, 2], true);
  await expect(fac.page.getByTestId("scorer-count")).toHaveText("2 people have scored", LIVE);
  await fac.page.getByTestId("score-reveal").click();
  const row = fac.page.getByTestId("score-table").getByTestId("score-result").filter({ hasText: IDEA });
  await expect(row.getByTestId("result-group-industry")).toHaveText("4.5", LIVE);
  await expect(row.getByTestId("result-group-public")).toHaveText("2.0");
  // The mean goes onto the idea itself, on the board and in the phone's list.
  await expect(kari.card(IDEA).getByTestId("score-badge")).toHaveText("★ 3.3", LIVE);
  await expect(phoneRow(IDEA).getByTestId("score-badge")).toHaveText("★ 3.3", LIVE);
  await fac.page.getByTestId("scoring-sheet").getByRole("button", { name: "Done" }).click();

  // The plan document, in Markdown and Word: groups with members and summaries, the open
  // challenge, and the score table split by actor group.
  const l = EXPORT_LABELS.en;
  const md = (await download(fac.page, "export-markdown")).toString("utf8");
  expect(md).toContain(`## ${l.thematicGroups}`);
  for (const text of ["Sea", "Space", SEA, SPACE, "Kari Nordmann", "Per Ánde", "Lars Ørjasæter", CHALLENGE]) {
    expect(md).toContain(text);
  }
  expect(md).toContain(`## ${l.scores}`);
  const scoreRow = md.split("\n").find((line) => line.startsWith(`| ${IDEA} |`));
  expect(scoreRow).toMatch(/4\.5/);
  expect(scoreRow).toMatch(/2\.0/);

  const { value: word } = await mammoth.extractRawText({ buffer: await download(fac.page, "export-docx") });
  for (const text of [l.thematicGroups, SEA, SPACE, "Per Ánde", CHALLENGE, l.scores, IDEA])
    expect(word).toContain(text);
  await phoneContext.close();
});
