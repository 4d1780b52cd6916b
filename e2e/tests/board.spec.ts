import { JoinPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

const LIVE = { timeout: 1_000 };

test("cards can be recoloured, retyped, resized, deleted, undone, copied, multi-selected; zones and presence show for others", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Tavleredigering", "Åse");
  const kariPerson = await newPerson(browser);
  const kari = await new JoinPage(kariPerson.page).join(participantLink, "Kari Nordmann", "industry");
  const k = kariPerson.page;

  const card = await kari.addCard("idea", "Havvind i nord");
  const seen = f.card("Havvind i nord");
  await expect(seen).toBeVisible(LIVE);

  // Select, then recolour and change the kind from the card's toolbar.
  await card.click();
  await k.locator(".node-toolbar").getByRole("button", { name: "Green" }).click();
  await expect(seen.locator(".card")).toHaveClass(/color-green/, LIVE);
  await k.locator(".node-toolbar select").selectOption("opportunity");
  await expect(seen.locator(".card")).toHaveAttribute("data-kind", "opportunity", LIVE);
  await expect(seen.locator(".card-kind")).toHaveText("Opportunity");

  // Others see the selection outlined with the selector's name.
  await expect(seen.locator(".remote-tag")).toHaveText("Kari Nordmann", LIVE);

  // Resize from the bottom-right corner; the other person sees the new size.
  const before = await seen.boundingBox();
  const corner = await card.locator(".react-flow__resize-control.bottom.right").first().boundingBox();
  if (!before || !corner) throw new Error("no card or resize handle");
  await k.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await k.mouse.down();
  await k.mouse.move(corner.x + 80, corner.y + 50, { steps: 6 });
  await k.mouse.up();
  await expect.poll(async () => (await seen.boundingBox())?.width ?? 0, LIVE).toBeGreaterThan(before.width + 40);

  // Delete, undo, redo, undo: each step reaches the other person.
  await card.click();
  await k.keyboard.press("Delete");
  await expect(seen).toHaveCount(0, LIVE);
  await k.keyboard.press("Control+z");
  await expect(seen).toBeVisible(LIVE);
  await k.keyboard.press("Control+Shift+z");
  await expect(seen).toHaveCount(0, LIVE);
  await k.keyboard.press("Control+z");
  await expect(seen).toBeVisible(LIVE);

  // Copy and paste makes a second card with the same text and colour.
  await kari.card("Havvind i nord").click();
  await k.keyboard.press("Control+c");
  await k.keyboard.press("Control+v");
  await expect(f.card("Havvind i nord")).toHaveCount(2, LIVE);
  await expect(f.card("Havvind i nord").nth(1).locator(".card")).toHaveClass(/color-green/);

  // Shift-click selects both (the copy lies beside the original); one Delete removes both.
  await k.keyboard.press("Escape");
  await kari
    .card("Havvind i nord")
    .nth(0)
    .click({ position: { x: 12, y: 60 } });
  const copy = kari.card("Havvind i nord").nth(1);
  const copyBox = await copy.boundingBox();
  await copy.click({
    modifiers: ["Shift"],
    position: { x: (copyBox?.width ?? 40) - 12, y: (copyBox?.height ?? 40) - 12 },
  });
  await expect(k.locator(".react-flow__node-card.selected")).toHaveCount(2);
  await k.keyboard.press("Delete");
  await expect(f.card("Havvind i nord")).toHaveCount(0, LIVE);

  // A zone with a title.
  await k.getByTestId("add-zone").click();
  const title = k.locator(".zone-title").first();
  await title.fill("Havnæringer – áš");
  await title.press("Enter");
  await expect(fac.page.locator(".zone-title").first()).toHaveValue("Havnæringer – áš", LIVE);

  // Moving the pointer shows a named cursor to the others.
  const box = await kari.board.boundingBox();
  if (!box) throw new Error("no board");
  await k.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 4 });
  await expect(fac.page.getByTestId("remote-cursor").filter({ hasText: "Kari Nordmann" })).toBeVisible(LIVE);

  await Promise.all([fac.context.close(), kariPerson.context.close()]);
});

test("the facilitator removes a participant, who is sent out at once", async ({ browser }) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Fjerning", "Åse");
  const person = await newPerson(browser);
  await new JoinPage(person.page).join(participantLink, "Troll Trollsen", "external");
  await f.page.getByTestId("people-button").click();
  f.page.once("dialog", (dialog) => void dialog.accept());
  await f.page
    .getByTestId("person")
    .filter({ hasText: "Troll Trollsen" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(person.page.getByTestId("fatal")).toContainText("removed", LIVE);
  await expect(f.page.getByTestId("person").filter({ hasText: "Troll Trollsen" })).toHaveCount(0, LIVE);
  // A reload does not get them back in.
  await person.page.reload();
  await expect(person.page.getByTestId("fatal")).toBeVisible();
  await Promise.all([fac.context.close(), person.context.close()]);
});

test("a participant erases their own name; the facilitator deletes the workshop and everyone is told", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Personvern", "Åse");
  const person = await newPerson(browser);
  // The join page says who keeps the data, and for how long.
  await person.page.goto(participantLink);
  await expect(person.page.getByTestId("privacy-notice")).toContainText("365 days");
  const kari = await new JoinPage(person.page).join(participantLink, "Kari Nordmann", "industry");
  await kari.addCard("strength", "Kongekrabbe");
  await f.page.getByTestId("people-button").click();
  await expect(f.page.getByTestId("person").filter({ hasText: "Kari Nordmann" })).toHaveCount(1, LIVE);

  // Kari erases her own name: everyone now sees only her actor group; her card stays.
  await kari.page.getByTestId("people-button").click();
  kari.page.once("dialog", (dialog) => void dialog.accept());
  await kari.page.getByTestId("person").filter({ hasText: "Kari Nordmann" }).getByTestId("erase-name").click();
  await expect(f.page.getByTestId("person").filter({ hasText: "Kari Nordmann" })).toHaveCount(0, LIVE);
  await expect(f.page.getByTestId("person").filter({ hasText: "Industry" }).first()).toBeVisible();
  await expect(f.card("Kongekrabbe")).toBeVisible();
  await person.page.reload();
  await expect(kari.page.getByTestId("board")).toBeVisible();
  await kari.page.getByTestId("people-button").click();
  await expect(kari.page.getByTestId("person").filter({ hasText: "Kari Nordmann" })).toHaveCount(0);

  // The facilitator deletes the workshop: both are sent to "this workshop no longer exists".
  f.page.once("dialog", (dialog) => void dialog.accept());
  await f.page.getByTestId("delete-workshop").click();
  await expect(person.page.getByTestId("fatal")).toContainText("deleted", LIVE);
  await expect(f.page.getByTestId("fatal")).toContainText("deleted", LIVE);
  await Promise.all([fac.context.close(), person.context.close()]);
});

test("the facilitator replaces the participant link: the old one is refused, the new one works", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board: f } = await landing.createWorkshop("Ny lenke", "Åse");
  await f.page.getByTestId("invite-button").click();
  f.page.once("dialog", (dialog) => void dialog.accept());
  await f.page.getByTestId("invite-participant-rotate").click();
  await expect(f.page.getByTestId("invite-participant")).not.toHaveValue(participantLink);
  const fresh = await f.page.getByTestId("invite-participant").inputValue();

  const late = await newPerson(browser);
  await late.page.goto(participantLink);
  const form = late.page.getByTestId("join-form");
  await form.locator("input[name=name]").fill("Sen Ankomst");
  await form.locator("select[name=actorGroup]").selectOption("public");
  await form.getByRole("button", { name: /join/i }).click();
  await expect(late.page.getByRole("alert")).toContainText("replaced or closed");
  await new JoinPage(late.page).join(fresh, "Sen Ankomst", "public");
  await Promise.all([fac.context.close(), late.context.close()]);
});
