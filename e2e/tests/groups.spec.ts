import type { Locator } from "@playwright/test";
import { JoinPage, LandingPage, newPerson, PhonePage } from "../support/pages";
import { expect, test } from "../support/test";
import { tool } from "../support/tools";

const LIVE = { timeout: 3_000 };

/** Whether the middle of `inner` lies inside `outer`, on screen. */
async function centreInside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height;
}

test("thematic groups: formed balanced, people moved by drag and menu, own zones and timers, a rapporteur's summary presented in plenary", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  await fac.page.getByTestId("template-picker").getByRole("radio", { name: /SWOT/ }).check();
  const { participantLink } = await landing.createWorkshop("Troms: sea and space", "Åse");
  await expect(fac.page.locator(".react-flow__node-zone")).toHaveCount(4);

  const kari = await newPerson(browser);
  const kariBoard = await new JoinPage(kari.page).join(participantLink, "Kari Nordmann", "industry");
  const lars = await newPerson(browser);
  const larsBoard = await new JoinPage(lars.page).join(participantLink, "Lars Ørjasæter", "research");
  const { context: phoneContext, phone } = await PhonePage.join(browser, participantLink, "Per Ánde", "public");

  // Form two groups from the template's zones: Strengths and Opportunities.
  await tool(fac.page, "groups-button");
  const dialog = fac.page.getByTestId("groups-dialog");
  const drafts = dialog.getByTestId("group-draft");
  await expect(drafts).toHaveCount(4);
  const names = () => drafts.locator("input").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(await names()).toEqual(["Strengths", "Weaknesses", "Opportunities", "Threats"]);
  await drafts.nth(3).getByRole("button").click();
  await drafts.nth(1).getByRole("button").click();
  await drafts.nth(0).locator("input").fill("Sea");
  await drafts.nth(1).locator("input").fill("Space");
  await dialog.getByTestId("groups-form").click();

  const column = (name: string) =>
    dialog.getByTestId("group-column").filter({ has: fac.page.getByRole("heading", { name }) });
  await expect(dialog.getByTestId("group-column")).toHaveCount(2);
  // Balanced: three people in two groups, two and one, nobody left out.
  await expect(dialog.getByTestId("group-column-unplaced").getByTestId("group-member")).toHaveCount(0);
  await expect
    .poll(async () =>
      [
        await column("Sea").getByTestId("group-member").count(),
        await column("Space").getByTestId("group-member").count(),
      ].sort(),
    )
    .toEqual([1, 2]);

  // Kari and Per to Sea with the keyboard's menu, Lars to Space by dragging his name.
  const member = (name: string) => dialog.getByTestId("group-member").filter({ hasText: name });
  await member("Kari Nordmann").getByTestId("group-move").selectOption({ label: "Sea" });
  await member("Per Ánde").getByTestId("group-move").selectOption({ label: "Sea" });
  await expect(column("Sea").getByTestId("group-member")).toHaveCount(2, LIVE);
  if ((await column("Space").getByTestId("group-member").count()) === 0) {
    await member("Lars Ørjasæter").dragTo(column("Space"));
  }
  await expect(column("Space").getByTestId("group-member")).toHaveText([/Lars Ørjasæter/], LIVE);
  // Drag him out and back: the drop lands where it is let go.
  await member("Lars Ørjasæter").dragTo(dialog.getByTestId("group-column-unplaced"));
  await expect(dialog.getByTestId("group-column-unplaced").getByTestId("group-member")).toHaveText([/Lars/], LIVE);
  await member("Lars Ørjasæter").dragTo(column("Space"));
  await expect(column("Space").getByTestId("group-member")).toHaveText([/Lars Ørjasæter/], LIVE);
  await member("Kari Nordmann").getByTestId("group-rapporteur").click();
  await expect(member("Kari Nordmann").getByTestId("group-rapporteur")).toHaveAttribute("aria-pressed", "true");

  // Start: ten minutes, each group in its own zone.
  await dialog.locator("input[type=number]").fill("10");
  await dialog.getByRole("checkbox", { name: /own zone/ }).check();
  await dialog.getByTestId("groups-start").click();
  await expect(dialog.getByTestId("group-time").first()).toContainText(/(10:00|9:5\d) left/, LIVE);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // Kari sees her group, its time, and her zone, which the camera brought into view.
  const banner = kari.page.getByTestId("group-banner");
  await expect(banner.getByTestId("my-group-name")).toHaveText("Sea", LIVE);
  await expect(banner.getByTestId("group-time")).toContainText(/left/);
  const kariZone = kari.page.locator(".react-flow__node-zone").filter({ has: kari.page.locator(".zone.my-group") });
  await expect(kariZone).toHaveCount(1);
  await expect(kariZone.getByTestId("zone-group")).toHaveText("Your group");
  await expect(kariZone).toBeInViewport({ ratio: 0.9 });
  // A card she adds goes into her zone, wherever she was looking.
  const kariCard = await kariBoard.addCard("strength", "King crab and live seafood");
  await expect.poll(() => centreInside(kariCard, kariZone)).toBe(true);

  // Lars's card in the Space zone: on Kari's board it is read-only (not draggable, no editor).
  const larsCard = await larsBoard.addCard("opportunity", "Satellite data for fisheries");
  const larsCardOnKari = kariBoard.card("Satellite data for fisheries");
  await expect(larsCardOnKari).toBeAttached(LIVE);
  await expect(larsCardOnKari).not.toHaveClass(/draggable/);
  await expect(kariCard).toHaveClass(/draggable/);
  await expect(larsCard).toHaveClass(/draggable/);

  // Per, on his phone, sees his group in the phase panel.
  await expect(phone.page.getByTestId("group-banner").getByTestId("my-group-name")).toHaveText("Sea", LIVE);

  // The facilitator watches: cards per group, and sends everyone a message.
  await tool(fac.page, "groups-button");
  await expect(column("Sea").getByTestId("group-card-count")).toHaveText("1 card", LIVE);
  await expect(column("Space").getByTestId("group-card-count")).toHaveText("1 card");
  await dialog.getByTestId("groups-message-input").fill("Five minutes left: choose one idea");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(kari.page.getByTestId("group-message")).toContainText("Five minutes left: choose one idea", LIVE);
  await expect(phone.page.getByTestId("group-message")).toContainText("Five minutes left", LIVE);

  // Kari, the rapporteur, writes the summary; text that looks like markup stays text.
  const summary = "Sea: king crab, cold chain and <b>traceability</b> to Asia. We propose one shared logistics hub.";
  await banner.getByTestId("group-summary-open").click();
  await kari.page.getByTestId("group-summary-text").fill(summary);
  await expect(kari.page.getByTestId("group-summary-state")).toHaveAttribute("data-state", "saved", LIVE);
  await kari.page.getByRole("button", { name: "Done" }).click();
  await expect(column("Sea").getByTestId("group-summary-preview")).toHaveText(summary, LIVE);
  // Per is in Sea but not its rapporteur: no summary to write, and he sees who does. Space has no
  // rapporteur, so any of its members (Lars) may write its summary.
  await expect(phone.page.getByTestId("group-banner")).toContainText("Referent: Kari Nordmann");
  await expect(phone.page.getByTestId("group-summary-open")).toHaveCount(0);
  await expect(lars.page.getByTestId("group-summary-open")).toBeVisible();

  // Back in plenary, the facilitator presents Sea, then Space: everyone's screen goes there.
  await dialog.getByTestId("groups-end").click();
  await expect(fac.page.getByTestId("groups-dialog").getByText("Back in plenary")).toBeVisible(LIVE);
  await column("Sea").getByTestId("group-present").click();
  const presented = lars.page.getByTestId("presented-group");
  await expect(presented).toContainText("Sea", LIVE);
  await expect(presented.getByTestId("presented-summary")).toHaveText(summary);
  await expect(presented.locator("b")).toHaveCount(0);
  const seaZoneOnLars = lars.page.locator(".react-flow__node-zone").filter({ hasText: "Group: Sea" });
  await expect(seaZoneOnLars).toBeInViewport({ ratio: 0.9 });
  await dialog.getByTestId("group-present-next").click();
  await expect(presented).toContainText("Space", LIVE);
  await expect(presented).toContainText("No summary yet.");

  // In plenary nobody is held to a zone: Kari may move Lars's card now.
  await expect(larsCardOnKari).toHaveClass(/draggable/, LIVE);
  await phoneContext.close();
});
