import { EXPORT_LABELS, type WorkshopJson } from "@oppdag/shared";
import type { Page } from "@playwright/test";
import mammoth from "mammoth";
import { BoardPage, JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";
import { download, tool } from "../support/tools";

const LIVE = { timeout: 2_000 };
const OPPORTUNITY = "Levende kongekrabbe til Asia";
const OPEN = "Hvem betaler for flyfrakten?";
const ANSWERED = "Tåler krabben 30 timer i luften?";
const ANSWER = "Ja: Nofima fant 98 % overlevelse i forsøk";

/** Writes a new card's text (it opens for typing) and leaves it. */
async function write(page: Page, text: string) {
  const editor = page.locator(".react-flow__node-card textarea");
  await expect(editor).toBeFocused();
  await editor.pressSequentially(text, { delay: 5 });
  await editor.press("Escape");
}

test("a critical friend joins by their own link and challenges an opportunity; a critique phase; the answers and open challenges reach the plan and every export", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Kongekrabbe i Troms", "Åse");
  // The critic's link is in the invite dialog, beside the others.
  await fac.page.getByTestId("invite-button").click();
  const criticLink = await fac.page.getByTestId("invite-critic").inputValue();
  expect(criticLink).toContain("?as=critic#");
  await fac.page.getByTestId("share-dialog").getByRole("button", { name: "Close" }).click();
  await f.addCard("opportunity", OPPORTUNITY);
  // An action item made of the opportunity answers for the challenges on it.
  await f.selectCard(OPPORTUNITY);
  await fac.page.getByTestId("make-action-item").click();
  await expect(fac.page.getByTestId("action-title")).toHaveValue(OPPORTUNITY);

  // The critical friend opens their link: the form says what they are there for, as an outside voice.
  const sigrid = await newPerson(browser);
  await sigrid.page.goto(criticLink);
  await expect(sigrid.page.getByTestId("join-critic")).toContainText("critical friend");
  const form = sigrid.page.getByTestId("join-form");
  await expect(form.locator("select[name=actorGroup]")).toHaveValue("external");
  await form.locator("input[name=name]").fill("Sigrid Kritisk");
  await form.getByRole("button", { name: "Join" }).click();
  const s = new BoardPage(sigrid.page);
  await expect(s.board).toBeVisible();
  await expect(sigrid.page.getByTestId("banner-critic")).toBeVisible();
  // Challenges only: no other kind, no zones, no action items from a critic.
  await expect(sigrid.page.getByTestId("add-challenge")).toBeVisible();
  await expect(sigrid.page.getByTestId("add-idea")).toHaveCount(0);
  await expect(sigrid.page.getByTestId("add-zone")).toHaveCount(0);

  // They select the opportunity (not theirs to change) and challenge it, twice.
  await s.selectCard(OPPORTUNITY);
  await expect(s.card(OPPORTUNITY).locator("textarea")).toHaveCount(0);
  await sigrid.page.getByTestId("challenge-this").click();
  await write(sigrid.page, OPEN);
  await s.selectCard(OPPORTUNITY);
  await sigrid.page.getByTestId("challenge-this").click();
  await write(sigrid.page, ANSWERED);
  const challenge = s.card(OPEN);
  await expect(challenge.locator(".card")).toHaveAttribute("data-kind", "challenge");
  await expect(challenge.getByTestId("challenge-on")).toHaveText(`⚑ Opportunity: ${OPPORTUNITY}`);

  // The room sees the badge on the opportunity; the facilitator answers one challenge right there.
  const badge = f.card(OPPORTUNITY).getByTestId("challenge-badge");
  await expect(badge).toHaveText("⚑ 2", LIVE);
  await badge.click();
  const popover = fac.page.getByTestId("challenge-popover");
  await expect(popover.getByTestId("challenge-entry")).toHaveCount(2);
  const entry = popover.getByTestId("challenge-entry").filter({ hasText: ANSWERED });
  await entry.getByTestId("challenge-answer-input").fill(ANSWER);
  await entry.getByTestId("challenge-answer-save").click();
  await expect(badge).toHaveText("⚑ 1");
  await expect(s.card(ANSWERED)).toContainText("Answered", LIVE);
  // The critic reads the answer, and cannot write one.
  await s.card(OPPORTUNITY).getByTestId("challenge-badge").click();
  const theirs = sigrid.page.getByTestId("challenge-popover");
  await expect(theirs).toContainText(ANSWER);
  await expect(theirs.getByTestId("challenge-answer-input")).toHaveCount(0);
  await sigrid.page.keyboard.press("Escape");

  // The action item lists the open challenge on what it was made from.
  const itemChallenges = fac.page.getByTestId("item-challenges");
  await expect(itemChallenges).toContainText("Open challenges (1)", LIVE);
  await expect(itemChallenges).toContainText(OPEN);
  await expect(itemChallenges).not.toContainText(ANSWERED);

  // A critique phase: the participant may add challenges only, whatever they press.
  const kariPerson = await newPerson(browser);
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");
  await expect(kariPerson.page.getByTestId("add-idea")).toBeVisible();
  await tool(fac.page, "critique-toggle");
  await expect(kariPerson.page.getByTestId("banner-critique")).toHaveText(
    "Critique: only challenges can be added",
    LIVE,
  );
  await expect(kariPerson.page.getByTestId("add-idea")).toHaveCount(0);
  await kariPerson.page.getByTestId("add-challenge").click();
  await write(kariPerson.page, "Er markedet i Asia stort nok?");
  await expect(kari.card("Er markedet i Asia stort nok?").locator(".card")).toHaveAttribute("data-kind", "challenge");
  // A double-click, which adds an idea otherwise, adds a challenge now.
  await kari.addCardByDoubleClick("Hva med dyrevelferd?");
  await expect(f.card("Hva med dyrevelferd?").locator(".card")).toHaveAttribute("data-kind", "challenge", LIVE);
  await expect(kariPerson.page.getByTestId("banner-notice")).toHaveCount(0);
  // The facilitator ends it; Kari's ideas are ideas again.
  await tool(fac.page, "critique-toggle");
  await expect(kariPerson.page.getByTestId("banner-critique")).toBeHidden(LIVE);
  await expect(kariPerson.page.getByTestId("add-idea")).toBeVisible();

  // Every export lists the open challenge; the report ones the answered one with its answer.
  const l = EXPORT_LABELS.en;
  const md = (await download(fac.page, "export-markdown")).toString("utf8");
  expect(md).toContain(`## ${l.openChallenges} (3)`);
  expect(md).toContain(`- ${OPEN} — *${l.groups.external}* · **${l.challengeOn}:** ${OPPORTUNITY}`);
  expect(md).toContain(`## ${l.answeredChallenges} (1)`);
  expect(md).toContain(`**${l.answer}:** ${ANSWER}`);
  expect(md).toContain(`- **${l.openChallenges}:** ${OPEN} — ${l.groups.external}`);

  const { value: word } = await mammoth.extractRawText({ buffer: await download(fac.page, "export-docx") });
  expect(word).toContain(`${l.openChallenges} (3)`);
  expect(word).toContain(OPEN);
  expect(word).toContain(`${l.answer}: ${ANSWER}`);

  const csv = (await download(fac.page, "export-csv")).toString("utf8");
  const [header, row] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(header?.endsWith(`,${l.openChallenges}`)).toBe(true);
  expect(row).toContain(`${OPEN} (${l.groups.external})`);
  expect(row).not.toContain(ANSWERED);

  const json = JSON.parse((await download(fac.page, "export-json")).toString("utf8")) as WorkshopJson;
  const cards = json.board.cards;
  const opportunity = cards.find((c) => c.text === OPPORTUNITY);
  expect(cards.find((c) => c.text === OPEN)).toMatchObject({
    kind: "challenge",
    attachedTo: opportunity?.id,
    answer: "",
  });
  expect(cards.find((c) => c.text === ANSWERED)).toMatchObject({ attachedTo: opportunity?.id, answer: ANSWER });
});
