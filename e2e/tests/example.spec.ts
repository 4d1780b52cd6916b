import { EXAMPLE_CARDS, EXAMPLE_ITEMS, EXAMPLE_TITLE } from "@oppdag/shared/example";
import { baseUrl, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

test("from the Norwegian landing page, one click opens the example workshop as its facilitator", async ({
  browser,
}) => {
  const { page } = await newPerson(browser, "nb-NO");
  await page.goto(baseUrl());

  // Secondary to creating a workshop, and in the page's language.
  const open = page.getByRole("button", { name: "Åpne et eksempelverksted" });
  await expect(open).toBeVisible();
  await expect(open).toHaveClass(/secondary/);
  await open.click();

  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]{16}$/);
  // A facilitator's title is an input they can rename it in.
  await expect(page.getByTestId("workshop-title").first()).toHaveValue(EXAMPLE_TITLE.nb);
  await expect(page.locator(".react-flow__node-card")).toHaveCount(EXAMPLE_CARDS.length);
  await expect(
    page.locator(".react-flow__node-card", { hasText: "Kongekrabbe i Øst-Finnmark og Troms" }),
  ).toBeVisible();
  // The whole board is in view on arrival.
  for (const zone of await page.locator(".react-flow__node-zone").all()) await expect(zone).toBeInViewport();
  // Run as its facilitator: the facilitator's tools are there.
  await expect(page.getByTestId("invite-button")).toBeVisible();

  // The vote was revealed before: its results wait behind a button instead of covering the board.
  await expect(page.getByTestId("vote-results")).toHaveCount(0);
  await page.getByTestId("results-button").click();
  await expect(page.getByTestId("vote-result").first()).toContainText("Levende kongekrabbe fra hav til bord i Asia");
  await page.getByTestId("results-hide").click();
  // So was the scoring round: its results, split by actor group, are one click away too.
  await page.getByTestId("score-results-button").click();
  await expect(page.getByTestId("score-result")).toHaveCount(4);
  await expect(page.getByTestId("scoring-sheet")).toContainText("Levende kongekrabbe fra hav til bord i Asia");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("scoring-sheet")).toHaveCount(0);

  // Notes and the plan open beside the board.
  await page.getByTestId("notes-toggle").click();
  await expect(page.getByTestId("side-panel")).toContainText("Referat");
  await page.getByTestId("tab-plan").click();
  await expect(page.getByTestId("action-item")).toHaveCount(EXAMPLE_ITEMS.length);
  const first = page.getByTestId("action-item").first();
  await expect(first.getByTestId("action-title")).toHaveValue("Levende kongekrabbe til Asia");
  await expect(first.getByTestId("action-provenance")).toContainText("Kongekrabbe i Øst-Finnmark og Troms");
  // The plans' words: priority set by people, the kind of goal, a status a workshop can give.
  await expect(first.getByTestId("action-priority")).toHaveValue("high");
  await expect(first.getByTestId("action-goal-type")).toHaveValue("result");
  await expect(first.getByTestId("action-status")).toHaveValue("agreed");
  // Its budget as the plan counts it: 2 person-years and NOK 4.5 million.
  await expect(first.locator("[data-field=fte]")).toHaveValue("2");
  await expect(first.locator("[data-field=amount]")).toHaveValue("4500000");
  await expect(first.getByTestId("action-currency")).toHaveValue("NOK");
  await first.getByTestId("action-budget").scrollIntoViewIfNeeded();
  await first.locator(".action-fields").screenshot({ path: test.info().outputPath("plan-fields-nb.png") });
  // The item nobody prioritised shows what the room's scores suggest; one click takes it.
  const items = await page.getByTestId("action-item").all();
  const values = await Promise.all(items.map((i) => i.getByTestId("action-priority").inputValue()));
  expect(values.filter((v) => v === "")).toHaveLength(1);
  const unset = page.getByTestId("action-item").nth(values.indexOf(""));
  const suggestion = unset.getByTestId("action-suggestion");
  await expect(suggestion).toContainText(/Forslag: (Høy|Middels|Lav) \((snitt \d,\d poeng|\d+ stemmer?)\)/);
  await unset.locator(".action-meta").scrollIntoViewIfNeeded();
  await unset.locator(".action-meta").screenshot({ path: test.info().outputPath("plan-suggestion-nb.png") });
  const suggested = (await suggestion.textContent())?.match(/Forslag: (\S+)/)?.[1];
  await suggestion.click();
  await expect(unset.getByTestId("action-priority").locator("option:checked")).toHaveText(suggested ?? "");
  await expect(unset.getByTestId("action-suggestion")).toHaveCount(0);
});
