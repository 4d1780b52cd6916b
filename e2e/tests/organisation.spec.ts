import { JoinPage, LandingPage, newPerson, PHONE } from "../support/pages";
import { expect, test } from "../support/test";

// A participant says where they come from when they join (optional), and the room sees it beside
// their name.

test("a participant joins with their organisation from a phone, and the facilitator sees it in People", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Kongekrabbe og IT", "Åse Fasilitator");

  const phone = await browser.newContext({ ...PHONE, locale: "nb-NO" });
  const page = await phone.newPage();
  await page.goto(participantLink);
  const form = page.getByTestId("join-form");
  const organisation = form.locator("input[name=organisation]");
  await expect(organisation).toBeVisible();
  await expect(organisation).not.toHaveAttribute("required", /.*/);
  await organisation.fill("Nofima – avdeling for sjømat og marine næringer i Tromsø");
  await form.locator("input[name=name]").fill("Kari Nordmann");
  await form.locator("select[name=actorGroup]").selectOption("research");
  await page.screenshot({ path: test.info().outputPath("join-organisation-phone.png") });
  await form.getByRole("button", { name: /bli med/i }).click();
  await expect(page.getByTestId("phone-workshop")).toBeVisible();

  // Without one, a second person joins as before.
  const lars = await newPerson(browser);
  await new JoinPage(lars.page).join(participantLink, "Lars Ørjasæter", "industry");

  await fac.page.getByTestId("people-button").click();
  const kari = fac.page.getByTestId("person").filter({ hasText: "Kari Nordmann" });
  await expect(kari.getByTestId("person-organisation")).toHaveText(
    "Nofima – avdeling for sjømat og marine næringer i Tromsø",
  );
  await expect(
    fac.page.getByTestId("person").filter({ hasText: "Lars" }).getByTestId("person-organisation"),
  ).toHaveCount(0);
  await fac.page.screenshot({ path: test.info().outputPath("people-organisation.png") });
  await phone.close();
});
