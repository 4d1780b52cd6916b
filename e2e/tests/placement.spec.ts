import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import {
  type BoardPage,
  type Box,
  boxesOverlap,
  boxInside,
  JoinPage,
  LandingPage,
  newPerson,
  overlappingPairs,
} from "../support/pages";
import { expect, test } from "../support/test";

const LONG = [
  "Skogsbaserad bioekonomi – skog, sågverk och träförädling",
  "Glasriket: besöksnäring, design och hantverk året runt",
  "Kompetensförsörjning för tillverkande industri i Kronoberg",
  "Fossilfria transporter mellan Växjö, Ljungby och Älmhult",
];

/** A workshop with its facilitator and `n` participants, each in their own browser context. */
async function room(browser: Browser, title: string, n: number, viewport = { width: 1366, height: 768 }) {
  const fac = await newPerson(browser);
  await fac.page.setViewportSize(viewport);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink, board } = await landing.createWorkshop(title, "Åsa Facilitator", "Kronoberg");
  const people: Array<{ context: BrowserContext; page: Page; board: BoardPage }> = [];
  for (let i = 0; i < n; i++) {
    const person = await newPerson(browser);
    await person.page.setViewportSize(viewport);
    people.push({
      ...person,
      board: await new JoinPage(person.page).join(participantLink, `Deltagare ${i + 1}`, "industry"),
    });
  }
  const close = () => Promise.all([fac.context.close(), ...people.map((p) => p.context.close())]);
  return { fac: { ...fac, board }, people, close };
}

/** Waits until this person sees `count` cards, none over another. */
async function expectSettled(board: BoardPage, count: number) {
  await expect(board.page.locator(".react-flow__node-card")).toHaveCount(count);
  await expect
    .poll(async () => overlappingPairs(await board.cardBoxes()), { message: "no card covers another" })
    .toEqual([]);
}

/** Waits until a card stops moving (the view may pan to bring it into sight). */
async function expectStill(card: Locator) {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await card.boundingBox());
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150, 300, 300, 300] },
    )
    .toBe(true);
}

/** A point of the i-th card that no other card covers, on the board, for grabbing it. */
async function uncovered(board: BoardPage, i: number): Promise<{ x: number; y: number }> {
  const boxes = await board.cardBoxes();
  const me = boxes[i] as Box;
  const area = (await board.board.boundingBox()) as Box;
  const floating = await covers(board.page);
  const within = (p: { x: number; y: number }, b: Box) =>
    p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;
  for (const fy of [0.5, 0.25, 0.75, 0.1, 0.9]) {
    for (const fx of [0.5, 0.2, 0.8, 0.05, 0.95]) {
      const p = { x: me.x + me.width * fx, y: me.y + me.height * fy };
      const hidden = boxes.some((b, j) => j !== i && within(p, b)) || floating.some((b) => within(p, b));
      if (within(p, area) && !hidden) return p;
    }
  }
  throw new Error(`card ${i} is covered all over`);
}

/** The boxes of everything that floats over the board and must never hide a new card. */
async function covers(page: Page): Promise<Array<Box & { name: string }>> {
  return page
    .locator(".board-toolbar, .react-flow__minimap, .react-flow__controls, .people-panel, .notes-panel, .balance")
    .evaluateAll((els) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0
          ? [{ x: r.x, y: r.y, width: r.width, height: r.height, name: el.className }]
          : [];
      }),
    );
}

test("two people adding a card at the same moment both get a card in sight, neither over the other", async ({
  browser,
}) => {
  const { fac, people, close } = await room(browser, "Samtidiga kort", 2);
  const everyone = [fac.board, ...people.map((p) => p.board)];
  // Three rounds of everyone pressing "add" at once, on the same view of the same board.
  for (let round = 1; round <= 3; round++) {
    await Promise.all(everyone.map((b) => b.page.getByTestId("add-idea").click()));
    for (const b of everyone) await expectSettled(b, round * everyone.length);
  }
  // All screens agree on where each card is: the same layout, seen from one view or another.
  const layout = (b: BoardPage) =>
    b.page.locator(".react-flow__node-card").evaluateAll((nodes) =>
      nodes
        .map((n) => (n as HTMLElement).style.transform)
        .sort()
        .join(" "),
    );
  await expect.poll(async () => new Set(await Promise.all(everyone.map(layout))).size).toBe(1);
  await close();
});

test("the reveal of a private round lays everyone's drafts out without any over another", async ({ browser }) => {
  const { fac, people, close } = await room(browser, "Enskilt skrivande", 2);
  await fac.board.addCard("strength", "Finns sedan tidigare");
  await fac.page.getByTestId("private-toggle").click();
  for (const p of people) await expect(p.page.getByTestId("banner-private")).toBeVisible();

  // Each writes three drafts, seeing only their own: theirs land on the same spots as the other's.
  await Promise.all(
    people.map(async ({ page, board }, who) => {
      for (const [i, text] of [
        LONG[who] as string,
        `Idé från deltagare ${who + 1}`,
        `Fråga från deltagare ${who + 1}`,
      ].entries()) {
        await page.getByTestId(i === 2 ? "add-question" : "add-idea").click();
        const editor = page.locator(".react-flow__node-draft textarea").nth(i);
        await expect(editor).toBeFocused();
        await editor.fill(text);
        await editor.blur();
      }
      await expect(board.drafts()).toHaveCount(3);
    }),
  );

  await fac.page.getByTestId("private-toggle").click();
  for (const b of [fac.board, ...people.map((p) => p.board)]) await expectSettled(b, 7);
  await close();
});

test("the facilitator tidies a zone's piled-up cards into rows inside it, as one undo step", async ({ browser }) => {
  const { fac, close } = await room(browser, "Städning", 0);
  const f = fac.board;
  for (const text of ["Sågverk", "Möbler", "Glas", ...LONG.slice(0, 2)]) await f.addCard("idea", text);
  await f.page.getByTestId("add-zone").click();
  const zone = f.page.locator(".react-flow__node-zone");
  await zone.locator(".zone-title").fill("Näringar");
  await zone.locator(".zone-title").press("Enter");
  await f.fitView();

  // Drop every card in a heap at the top left of the zone.
  const z = (await zone.boundingBox()) as Box;
  const cards = f.page.locator(".react-flow__node-card");
  for (let i = 0; i < 5; i++) {
    await f.dragCard(cards.nth(i), { x: z.x + 24 + i * 8, y: z.y + 64 + i * 8 }, await uncovered(f, i));
  }
  await expect.poll(async () => overlappingPairs(await f.cardBoxes()).length).toBeGreaterThan(3);
  const heap = await f.cardBoxes();

  // Select the zone by its empty lower left corner and tidy it.
  await zone.click({ position: { x: 24, y: z.height - 24 } });
  await expect(zone.locator(".zone")).toHaveClass(/selected/);
  await expect(f.page.getByTestId("tidy")).toBeEnabled();
  await f.page.getByTestId("tidy").click();
  await expect.poll(async () => overlappingPairs(await f.cardBoxes())).toEqual([]);
  const grown = (await zone.boundingBox()) as Box;
  for (const box of await f.cardBoxes()) expect(boxInside(box, grown), `${box.text} lies in the zone`).toBe(true);

  // One undo puts the heap back as it was.
  await f.page.getByTestId("undo").click();
  await expect
    .poll(async () => (await f.cardBoxes()).map((b) => Math.round(b.x)))
    .toEqual(heap.map((b) => Math.round(b.x)));
  await close();
});

test("the facilitator tidies selected cards into a block, and no one else gets the button", async ({ browser }) => {
  const { fac, people, close } = await room(browser, "Städa urval", 1);
  const f = fac.board;
  for (const text of ["Ett", "Två", "Tre", "Fyra"]) await f.addCard("idea", text);
  await f.fitView();
  const cards = f.page.locator(".react-flow__node-card");
  const first = (await cards.first().boundingBox()) as Box;
  for (let i = 1; i < 4; i++) await f.dragCard(cards.nth(i), { x: first.x + i * 20, y: first.y + i * 14 });
  await expect.poll(async () => overlappingPairs(await f.cardBoxes()).length).toBeGreaterThan(2);
  await f.page.keyboard.press("Control+a");
  await expect(f.page.getByTestId("tidy")).toBeEnabled();
  await f.page.getByTestId("tidy").click();
  await expect.poll(async () => overlappingPairs(await f.cardBoxes())).toEqual([]);
  const [kari] = people;
  if (!kari) throw new Error("no participant");
  await expectSettled(kari.board, 4);
  await expect(kari.page.getByTestId("tidy")).toHaveCount(0);
  await close();
});

for (const { name, viewport, panel } of [
  { name: "desktop", viewport: { width: 1366, height: 768 }, panel: "notes and people" },
  { name: "phone", viewport: { width: 390, height: 844 }, panel: "people" },
]) {
  test(`new cards appear in sight on a ${name}, never under a toolbar or the ${panel} panel`, async ({ browser }) => {
    const { fac, close } = await room(browser, `Synligt ${name}`, 0, viewport);
    const page = fac.page;
    // Open the panels: on a desktop the side panel is open from the start.
    if (name === "desktop") await expect(page.getByTestId("side-panel")).toBeVisible();
    await page.getByTestId("people-button").click();
    await expect(page.locator(".people-panel")).toBeVisible();

    for (let i = 1; i <= 6; i++) {
      await page.getByTestId(i % 2 ? "add-idea" : "add-strength").click();
      await page.keyboard.type(`Kort ${i}`);
      await page.keyboard.press("Escape");
      await expect(fac.board.card(`Kort ${i}`)).toBeVisible();
      // Wait for any panning to end, then check this card and every earlier one on screen.
      const card = fac.board.card(`Kort ${i}`);
      await expectStill(card);
      const board = (await fac.board.board.boundingBox()) as Box;
      const box = (await card.boundingBox()) as Box;
      expect(boxInside(box, board), `card ${i} lies on the board`).toBe(true);
      for (const cover of await covers(page)) {
        expect(boxesOverlap(box, cover), `card ${i} is not under ${cover.name}`).toBe(false);
      }
    }
    expect(overlappingPairs(await fac.board.cardBoxes())).toEqual([]);
    await close();
  });
}
