import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";

/**
 * `test` and `expect` for every spec. Each test fails on an uncaught error in any page it opened, and
 * on any Content-Security-Policy violation the app reports: the app must pass its own policy, in
 * the page and in any tab it opens (the print report). This holds for every page of every browser
 * context the test opens, however it opens it (`newPerson`, `browser.newContext`, `browser.newPage`
 * or Playwright's own `context`/`page` fixtures).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ browser }, use) => {
      const errors: string[] = [];
      const watchedPages = new WeakSet<Page>();
      const watchedContexts = new WeakSet<BrowserContext>();
      const watchPage = (page: Page) => {
        if (watchedPages.has(page)) return;
        watchedPages.add(page);
        page.on("pageerror", (err) => errors.push(`${err.message}\n${err.stack ?? ""}`));
        page.on("console", (msg) => {
          if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
        });
      };
      const watchContext = (context: BrowserContext) => {
        if (watchedContexts.has(context)) return;
        watchedContexts.add(context);
        for (const page of context.pages()) watchPage(page);
        context.on("page", watchPage);
      };
      // Emitted for every new context before `newContext` resolves, so no page can slip past.
      // Contexts left over from an earlier test are not this test's concern.
      browser.on("context", watchContext);
      await use(errors);
      browser.off("context", watchContext);
      expect(errors, "uncaught errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
  // Playwright's own context is created after the watch starts (fixture dependencies run in order).
  context: async ({ pageErrors: _, context }, use) => {
    await use(context);
  },
});

export { expect };
