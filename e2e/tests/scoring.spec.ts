import type { Locator } from "@playwright/test";
import { JoinPage, LandingPage, newPerson, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { score, tool } from "../support/tools";

const LIVE = { timeout: 2_000 };
const A = "Sporbar sjømat til Asia";
const B = "Havvind i nord";

const cell = (row: Locator, testId: string) => row.getByTestId(testId);

test("a scoring round: two people from two actor groups score, results stay hidden until the reveal, then split by group", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board } = await landing.createWorkshop("Smart spesialisering i Troms", "Åse");
  await board.addCard("opportunity", A);
  await board.addCard("opportunity", B);
  await board.addCard("idea", "Ikke et mål for vurderingen");

  const kari = await newPerson(browser);
  await new JoinPage(kari.page).join(participantLink, "Kari", "industry");
  // Per is on his phone: its card list, whose phase panel opens the scoring form.
  const { context: phoneContext, phone: perPhone } = await PhonePage.join(
    browser,
    participantLink,
    "Per Ánde",
    "public",
  );
  const phone = perPhone.page;

  // The facilitator starts a round on the opportunities with the four default criteria.
  await tool(fac.page, "scoring-button");
  const dialog = fac.page.getByTestId("scoring-dialog");
  await expect(dialog.getByTestId("criterion-name")).toHaveCount(4);
  await expect(dialog.getByTestId("criterion-name").first()).toHaveValue("Market potential");
  await dialog.getByTestId("scoring-start").click();
  await expect(dialog).toBeHidden();
  await expect(fac.page.getByTestId("scorer-count")).toHaveText("0 people have scored", LIVE);

  // Kari (industry) scores on her laptop.
  await kari.page.getByTestId("score-open").click();
  const kariForm = kari.page.getByTestId("score-form");
  await expect(kariForm.getByTestId("score-target")).toHaveCount(2);
  await expect(kariForm.getByTestId("score-progress")).toHaveText("8 of 8 scores left");
  await score(kari.page, A, [5, 4, 5, 4]);
  await score(kari.page, B, [2, 2, 2, 2]);
  await expect(kariForm.getByTestId("score-progress")).toHaveText("0 of 8 scores left");

  // Per (public sector) scores on his phone, by touch, in Norwegian.
  await phone.getByTestId("score-open").tap();
  const phoneForm = phone.getByTestId("score-form");
  await expect(phoneForm.getByTestId("score-progress")).toHaveText("8 av 8 vurderinger igjen");
  const sheet = await phone.getByTestId("scoring-sheet").boundingBox();
  expect(sheet?.width).toBeLessThanOrEqual(390);
  const square = await phoneForm.locator(".score-choice span[aria-hidden]").first().boundingBox();
  expect(square?.width).toBeGreaterThanOrEqual(44);
  expect(square?.height).toBeGreaterThanOrEqual(44);
  await score(phone, A, [2, 2, 2, 2], true);
  await score(phone, B, [4, 4, 4, 4], true);
  // The sheet fills the phone's width and never scrolls sideways (the page under it is the card list).
  expect(
    await phone.getByTestId("scoring-sheet").evaluate((el) => [el.getBoundingClientRect().width, el.scrollWidth]),
  ).toEqual([390, 390]);
  await phone.screenshot({ path: test.info().outputPath("score-form-390.png") });

  // Before the reveal: a count for the facilitator, nobody's results anywhere.
  await expect(fac.page.getByTestId("scorer-count")).toHaveText("2 people have scored", LIVE);
  for (const page of [fac.page, kari.page, phone]) {
    await expect(page.getByTestId("score-results")).toHaveCount(0);
    await expect(page.getByTestId("score-results-button")).toHaveCount(0);
  }
  await kari.page.getByTestId("scoring-sheet").getByRole("button", { name: "Done" }).click();
  await expect(kari.page.getByTestId("scoring-sheet")).toHaveCount(0);

  await fac.page.getByTestId("score-reveal").click();
  // The results open by themselves at the reveal, on every screen.
  for (const page of [fac.page, kari.page, phone]) await expect(page.getByTestId("score-results")).toBeVisible(LIVE);
  const table = fac.page.getByTestId("score-table");
  const rowA = table.getByTestId("score-result").filter({ hasText: A });
  const rowB = table.getByTestId("score-result").filter({ hasText: B });
  // Pooled over the four criteria: A is 3.3 (industry 4.5, public sector 2.0), B is 3.0.
  await expect(cell(rowA, "result-mean")).toHaveText("3.3");
  await expect(cell(rowA, "result-group-industry")).toHaveText("4.5");
  await expect(cell(rowA, "result-group-public")).toHaveText("2.0");
  await expect(cell(rowB, "result-mean")).toHaveText("3.0");
  await expect(cell(rowB, "result-group-industry")).toHaveText("2.0");
  await expect(cell(rowB, "result-group-public")).toHaveText("4.0");
  await expect(table.locator("thead")).toContainText("Public sector");
  // On the board itself, each scored card carries its mean, and the split in its name.
  const badgeA = board.card(A).getByTestId("score-badge");
  await expect(badgeA).toHaveText("★ 3.3");
  await expect(badgeA).toHaveAttribute("aria-label", "Mean score 3.3 of 5 (Industry 4.5, Public sector 2.0)");
  await expect(board.card("Ikke et mål for vurderingen").getByTestId("score-badge")).toHaveCount(0);
  await expect(table.getByTestId("score-result").first()).toContainText(A);
  await fac.page.screenshot({ path: test.info().outputPath("score-results-1280.png") });

  // Sorted by the public sector's mean, B comes first; one criterion on its own shows its spread.
  await table.getByTestId("sort-group:public").click();
  await expect(table.getByTestId("score-result").first()).toContainText(B);
  await fac.page.getByTestId("results-criterion").filter({ hasText: "Regional capability" }).click();
  await expect(cell(rowA, "result-mean")).toHaveText("3.0");
  await expect(rowA).toContainText("2–4");
  // The phone sees the same split, in Norwegian, with a decimal comma.
  const phoneRowA = phone.getByTestId("score-result").filter({ hasText: A });
  await expect(cell(phoneRowA, "result-group-industry")).toHaveText("4,5");
  await expect(phone.getByTestId("score-table").locator("thead")).toContainText("Offentlig sektor");

  // An action item made from a target carries its scores.
  await rowA.getByTestId("score-make-action").click();
  await expect(rowA.getByTestId("score-make-action")).toBeDisabled();
  // So does one made on the board from the scored card.
  await fac.page.getByTestId("scoring-sheet").getByRole("button", { name: "Done" }).click();
  await expect(fac.page.getByTestId("score-results")).toBeHidden();
  await fac.page.locator(".react-flow__controls-fitview").click();
  await fac.page.locator(".react-flow__node-card", { hasText: B }).click();
  await fac.page.getByTestId("make-action-item").click();
  // Read from the server's export, once the new item has reached it (the write is in flight).
  const scoresOfB = () =>
    fac.page.evaluate(async (title) => {
      const id = location.pathname.split("/")[2] ?? "";
      const { token } = JSON.parse(localStorage.getItem(`oppdag.session.${id}`) ?? "{}") as { token?: string };
      const res = await fetch(`/api/workshops/${id}/export.json`, { headers: { authorization: `Bearer ${token}` } });
      const { actionItems } = (await res.json()) as {
        actionItems: Array<{ title: string; provenance: { scores?: unknown[] } }>;
      };
      return actionItems.find((i) => i.title === title)?.provenance.scores?.length ?? null;
    }, B);
  await expect.poll(scoresOfB).toBe(1);
  // The plan shows an item's scores, split by group, as the exports do.
  await expect(fac.page.getByTestId("action-scores").first()).toContainText("Market potential");
  await expect(fac.page.getByTestId("action-scores").first()).toContainText("Public sector");
  await fac.page.getByTestId("side-panel").screenshot({ path: test.info().outputPath("plan-scores-1280.png") });

  await Promise.all([fac.context.close(), kari.context.close(), phoneContext.close()]);
});
