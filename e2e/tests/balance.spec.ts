import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";
import { tool } from "../support/tools";

const LIVE = { timeout: 5_000 };

test("the facilitator's balance bar: people and contributions per actor group, live, and the groups missing", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Troms: hav til bord", "Åse");
  const group = (g: string) => fac.page.getByTestId(`balance-${g}`);
  const summary = fac.page.getByTestId("balance-summary");

  // Nobody yet: all four groups of the quadruple helix are missing.
  await expect(summary).toHaveAttribute("data-flagged", "4", LIVE);
  for (const g of ["industry", "research", "public", "civil"])
    await expect(group(g)).toHaveAttribute("data-flag", "missing");

  const kari = await newPerson(browser);
  const kariBoard = await new JoinPage(kari.page).join(participantLink, "Kari Nordmann", "industry");
  const lars = await newPerson(browser);
  const larsBoard = await new JoinPage(lars.page).join(participantLink, "Lars Ørjasæter", "research");

  // Two groups are here now; the public sector and civil society are still missing, said in words.
  await expect(group("industry")).toHaveAttribute("data-present", "1", LIVE);
  await expect(group("research")).toHaveAttribute("data-present", "1", LIVE);
  await expect(group("industry")).toHaveAttribute("data-flag", "");
  await expect(summary).toHaveAttribute("data-flagged", "2");
  await expect(group("public")).toContainText("Missing");
  await expect(group("civil")).toContainText("Missing");
  // Participants never see it.
  await expect(kari.page.getByTestId("session-bar")).toBeVisible();
  await expect(kari.page.getByTestId("balance-bar")).toHaveCount(0);

  // Kari's card counts for industry the moment it is on the board.
  await expect(group("industry")).toHaveAttribute("data-total", "0");
  await kariBoard.addCard("idea", "Sporbar kongekrabbe til Asia");
  await expect(group("industry")).toHaveAttribute("data-total", "1", LIVE);
  await expect(group("research")).toHaveAttribute("data-total", "0");

  // A vote: Lars's counts for research while the round is open (only the count, never on what).
  await expect(fac.page.locator(".react-flow__node-card", { hasText: "Sporbar kongekrabbe" })).toBeVisible(LIVE);
  await tool(fac.page, "vote-button");
  await fac.page.getByTestId("vote-start").click();
  await larsBoard.card("Sporbar kongekrabbe til Asia").getByTestId("vote-add").click();
  await expect(group("research")).toHaveAttribute("data-total", "1", LIVE);

  // The details say why a group is flagged, and what each group's contributions are.
  await summary.click();
  const details = fac.page.getByTestId("balance-details");
  await expect(details).toBeVisible();
  await expect(details.getByTestId("balance-why-public")).toContainText("Nobody from Public sector is here");
  await expect(details.getByRole("row", { name: /Research/ })).toContainText("1");
  await details.getByRole("button", { name: "Close" }).click();
  await expect(details).toBeHidden();

  // Lars leaves: research is missing again.
  await lars.context.close();
  await expect(group("research")).toHaveAttribute("data-flag", "missing", LIVE);
  await expect(summary).toHaveAttribute("data-flagged", "3");

  await Promise.all([fac.context.close(), kari.context.close()]);
});
