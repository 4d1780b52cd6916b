import type { ActorGroup, CardKind } from "@oppdag/shared";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { expect } from "./test";

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: globalSetup did not run");
  return url;
};

/** The facilitator's first screens: the landing form and the invite dialog. */
export class LandingPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto(baseUrl());
  }

  async createWorkshop(title: string, name: string, region = "Troms") {
    const form = this.page.getByTestId("create-form");
    await form.locator("input[name=title]").fill(title);
    await form.locator("input[name=region]").fill(region);
    await form.locator("input[name=name]").fill(name);
    await form.getByRole("button").click();
    await expect(this.page.getByTestId("share-dialog")).toBeVisible();
    const participantLink = await this.page.getByTestId("invite-participant").inputValue();
    const observerLink = await this.page.getByTestId("invite-observer").inputValue();
    await this.page
      .getByTestId("share-dialog")
      .getByRole("button", { name: /close|lukk|stäng/i })
      .click();
    return { participantLink, observerLink, board: new BoardPage(this.page) };
  }
}

/** A box on screen, in CSS pixels. */
type ScreenBox = Pick<DOMRect, "x" | "y" | "width" | "height">;

/** One person's view of a workshop: board, notes and top bar. */
export class BoardPage {
  constructor(readonly page: Page) {}

  get board() {
    return this.page.getByTestId("board");
  }

  card(text: string): Locator {
    return this.page.locator(".react-flow__node-card", { hasText: text });
  }

  async addCard(kind: CardKind, text: string): Promise<Locator> {
    await this.page.getByTestId(`add-${kind}`).click();
    const editor = this.page.locator(".react-flow__node-card textarea");
    await expect(editor).toBeFocused();
    await editor.pressSequentially(text, { delay: 5 });
    await editor.press("Escape");
    return this.card(text);
  }

  /** Shows the whole board, as a person would before linking cards that are far apart. */
  async fitView() {
    await this.page.locator(".react-flow__controls-fitview").click();
  }

  /** Drags from the handle of one card that faces the other card to the facing handle of that card. */
  async link(fromText: string, toText: string, label: string) {
    await this.fitView();
    const from = this.card(fromText);
    const to = this.card(toText);
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error("cards not found");
    const rightwards = b.x + b.width / 2 >= a.x + a.width / 2;
    await from.hover();
    const start = await from
      .locator(rightwards ? ".react-flow__handle-right" : ".react-flow__handle-left")
      .boundingBox();
    const end = await to.locator(rightwards ? ".react-flow__handle-left" : ".react-flow__handle-right").boundingBox();
    if (!start || !end) throw new Error("handles not found");
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 5 });
    await this.page.mouse.up();
    // A new link is selected at once, with its "Add label" button showing.
    await this.page.getByRole("button", { name: /add label|legg til tekst|lägg till text/i }).click();
    const input = this.page.locator(".link-label input");
    await input.fill(label);
    await input.press("Enter");
    await expect(this.page.getByTestId("link-label").filter({ hasText: label })).toBeVisible();
  }

  /** This person's private drafts (a private round), which only they see. */
  drafts(): Locator {
    return this.page.getByTestId("draft-card");
  }

  /** Everything on the board that is or will become a card: shared cards and own drafts. */
  cardsAndDrafts(): Locator {
    return this.page.locator(".react-flow__node-card, .react-flow__node-draft");
  }

  /** Where each card and draft is drawn on this person's screen, with its text. */
  async cardBoxes(): Promise<Array<Box & { text: string }>> {
    return this.cardsAndDrafts().evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        const text = (n.querySelector("textarea") as HTMLTextAreaElement | null)?.value ?? n.textContent ?? "";
        return { x: r.x, y: r.y, width: r.width, height: r.height, text };
      }),
    );
  }

  /**
   * Drags a card so that its top-left corner lands on `to` (screen coordinates), holding it at
   * `grab` (by default its middle; pass a point no other card covers when cards overlap).
   */
  async dragCard(card: Locator, to: { x: number; y: number }, grab?: { x: number; y: number }) {
    const node = await card.boundingBox();
    if (!node) throw new Error("card not found");
    grab ??= { x: node.x + node.width / 2, y: node.y + node.height / 2 };
    await this.page.mouse.move(grab.x, grab.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + (grab.x - node.x), to.y + (grab.y - node.y), { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Double-clicks an empty part of the board (upper right, clear of the toolbar, the controls and
   * the minimap), which starts a new card there, and writes `text` into it.
   */
  async addCardByDoubleClick(text: string) {
    const pane = this.page.locator(".react-flow__pane");
    const box = await pane.boundingBox();
    if (!box) throw new Error("board pane not found");
    // Playwright refuses if a card covers the spot: the double-click must land on the empty board.
    await pane.dblclick({ position: { x: box.width * 0.75, y: box.height * 0.25 } });
    const editor = this.page.locator(".react-flow__node textarea:focus");
    await expect(editor).toHaveCount(1);
    await editor.pressSequentially(text, { delay: 5 });
    await editor.blur();
    await expect(this.page.locator(".react-flow__node textarea:focus")).toHaveCount(0);
  }

  /** Selects the first card with this text by clicking its header (never under a later copy). */
  async selectCard(text: string) {
    await this.card(text)
      .first()
      .locator(".card-kind")
      .click({ position: { x: 8, y: 6 } });
    await expect(this.card(text).first().locator(".card")).toHaveClass(/selected/);
  }

  async typeNotes(text: string) {
    const editor = this.page.getByTestId("notes-editor");
    await editor.click();
    await this.page.keyboard.press("End");
    await this.page.keyboard.type(text, { delay: 5 });
  }

  /** Puts the caret at the end of block `index` (0-based) of the notes: a click on its last line, then End. */
  async caretToEndOfNote(index: number) {
    const block = this.page.getByTestId("notes-editor").locator(":scope > *").nth(index);
    const lastLetter = await block.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest(".ProseMirror-widget") && n.textContent) last = n as Text;
      }
      if (!last) return null;
      const range = document.createRange();
      range.setStart(last, last.length - 1);
      range.setEnd(last, last.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (lastLetter) await this.page.mouse.click(lastLetter.x, lastLetter.y);
    else await block.click();
    await this.page.keyboard.press("End");
  }

  /** The notes as written, one string per block: without other people's carets and name tags. */
  async notesBlocks(): Promise<string[]> {
    return this.page.getByTestId("notes-editor").evaluate((editor) => {
      const copy = editor.cloneNode(true) as HTMLElement;
      for (const widget of Array.from(copy.querySelectorAll(".ProseMirror-widget"))) widget.remove();
      return Array.from(copy.children, (block) => block.textContent ?? "");
    });
  }

  /**
   * Other people's carets in the notes as this person sees them: each name tag's box and the box of
   * the text line the caret stands on (the line-height tall band around the letter beside it).
   */
  async remoteCarets(): Promise<Array<{ name: string; label: ScreenBox; line: ScreenBox; shown: boolean }>> {
    return this.page.getByTestId("notes-editor").evaluate((editor) =>
      Array.from(editor.querySelectorAll(".collaboration-carets__caret"), (caret) => {
        const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
        const label = caret.querySelector(".collaboration-carets__label") as HTMLElement;
        const block = caret.closest("p, h1, h2, h3, li") as HTMLElement;
        const lineHeight = Number.parseFloat(getComputedStyle(block).lineHeight);
        // The nearest written letter before the caret (or after it, at the start of a block).
        const letters: Text[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.parentElement?.closest(".ProseMirror-widget") && n.textContent?.trim()) letters.push(n as Text);
        }
        const before = letters.filter((t) => t.compareDocumentPosition(caret) & Node.DOCUMENT_POSITION_FOLLOWING);
        const range = document.createRange();
        const prev = before[before.length - 1];
        const next = letters[before.length];
        if (prev) {
          range.setStart(prev, prev.length - 1);
          range.setEnd(prev, prev.length);
        } else if (next) {
          range.setStart(next, 0);
          range.setEnd(next, 1);
        } else {
          range.selectNodeContents(block);
        }
        const letter = range.getBoundingClientRect();
        const middle = letter.y + letter.height / 2;
        const blockBox = block.getBoundingClientRect();
        return {
          name: label.textContent ?? "",
          shown: getComputedStyle(label).visibility === "visible",
          label: box(label.getBoundingClientRect()),
          line: { x: blockBox.x, y: middle - lineHeight / 2, width: blockBox.width, height: lineHeight },
        };
      }),
    );
  }

  /** The band of the line this person's own caret is on in the notes (as tall as the line-height). */
  async myCaretLine(): Promise<ScreenBox> {
    return this.page.getByTestId("notes-editor").evaluate((editor) => {
      const range = (getSelection() as Selection).getRangeAt(0);
      const caret = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const block = (
        range.startContainer.nodeType === Node.TEXT_NODE
          ? range.startContainer.parentElement
          : (range.startContainer as Element)
      )?.closest("p, h1, h2, h3, li") as HTMLElement;
      const lineHeight = Number.parseFloat(getComputedStyle(block ?? editor).lineHeight);
      const middle = caret.y + caret.height / 2;
      return { x: caret.x, y: middle - lineHeight / 2, width: 1, height: lineHeight };
    });
  }

  connection() {
    return this.page.getByTestId("connection");
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap by more than a pixel (shadows and rounding aside). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

/** Every pair of boxes that overlap, named by their text, for a readable failure. */
export function overlappingPairs(boxes: ReadonlyArray<Box & { text?: string }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box & { text?: string };
      const b = boxes[j] as Box & { text?: string };
      if (boxesOverlap(a, b)) out.push(`${a.text?.slice(0, 30) ?? i} × ${b.text?.slice(0, 30) ?? j}`);
    }
  }
  return out;
}

/** Whether `inner` lies wholly inside `outer`, give or take a pixel. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

export class JoinPage {
  constructor(readonly page: Page) {}

  async join(link: string, name: string, group: ActorGroup, organisation?: string) {
    await this.page.goto(link);
    const form = this.page.getByTestId("join-form");
    await form.locator("input[name=name]").fill(name);
    if (organisation) await form.locator("input[name=organisation]").fill(organisation);
    await form.locator("select[name=actorGroup]").selectOption(group);
    await form.getByRole("button", { name: /join|bli med|gå med/i }).click();
    // A participant on a phone opens on the card list (PhonePage drives it); the board is a tap away.
    await expect(this.page.getByTestId("board").or(this.page.getByTestId("phone-workshop")).first()).toBeVisible();
    if (await this.page.getByTestId("phone-workshop").isVisible())
      await this.page.getByTestId("phone-nav-board").click();
    await expect(this.page.getByTestId("board")).toBeVisible();
    const board = new BoardPage(this.page);
    await expect(board.connection()).toHaveAttribute("data-state", "online");
    return board;
  }
}

/** A phone of today (390 × 844, touch), as most industry participants bring. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A participant on a phone: the card list, its sheets and the bottom navigation, all by touch. */
export class PhonePage {
  constructor(readonly page: Page) {}

  /** Opens the invite on a new phone and joins with taps; returns once the card list is live. */
  static async join(browser: Browser, link: string, name: string, group: ActorGroup, locale = "nb-NO") {
    const context = await browser.newContext({ locale, ...PHONE });
    const page = await context.newPage();
    await page.goto(link);
    const form = page.getByTestId("join-form");
    await form.locator("input[name=name]").fill(name);
    await form.locator("select[name=actorGroup]").selectOption(group);
    await form.getByRole("button", { name: /join|bli med|gå med/i }).tap();
    const phone = new PhonePage(page);
    await expect(phone.list()).toBeVisible();
    await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "online");
    return { context, phone };
  }

  list(): Locator {
    return this.page.getByTestId("card-list");
  }

  card(text: string): Locator {
    return this.page.getByTestId("list-card").filter({ hasText: text });
  }

  zone(title: string): Locator {
    return this.page.getByTestId("list-zone").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  sheet(): Locator {
    return this.page.getByTestId("card-sheet");
  }

  async go(view: "cards" | "board" | "notes" | "plan") {
    await this.page.getByTestId(`phone-nav-${view}`).tap();
  }

  /** The big add button, a kind, optionally a zone; then writes the text and closes the sheet. */
  async addCard(kind: CardKind, text: string, zone?: string) {
    await this.page.getByTestId("phone-add").tap();
    const add = this.page.getByTestId("add-sheet");
    if (zone) await add.getByTestId("add-zone-choice").selectOption({ label: zone });
    await add.getByTestId(`phone-add-${kind}`).tap();
    const field = this.sheet().getByTestId("sheet-text");
    await expect(field).toBeFocused();
    await field.pressSequentially(text, { delay: 5 });
    await this.sheet().getByTestId("sheet-close").tap();
    await expect(this.sheet()).toBeHidden();
  }
}

/**
 * A fresh browser context, as a separate person on a separate device would have. The `test` of
 * `support/test.ts` fails the test on any uncaught error or CSP violation in its pages.
 */
export async function newPerson(browser: Browser, locale = "en-GB"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  return { context, page };
}
