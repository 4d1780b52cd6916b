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

  connection() {
    return this.page.getByTestId("connection");
  }
}

export class JoinPage {
  constructor(readonly page: Page) {}

  async join(link: string, name: string, group: ActorGroup) {
    await this.page.goto(link);
    const form = this.page.getByTestId("join-form");
    await form.locator("input[name=name]").fill(name);
    await form.locator("select[name=actorGroup]").selectOption(group);
    await form.getByRole("button", { name: /join|bli med|gå med/i }).click();
    await expect(this.page.getByTestId("board")).toBeVisible();
    const board = new BoardPage(this.page);
    await expect(board.connection()).toHaveAttribute("data-state", "online");
    return board;
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
