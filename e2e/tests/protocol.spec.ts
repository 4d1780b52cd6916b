import { PROTOCOL_VERSION } from "@oppdag/shared";
import { BoardPage, LandingPage, newPerson } from "../support/pages";
import { expect, test } from "../support/test";

/** A socket.io event frame (`42["event", payload]`) with the hello's protocol version changed. */
function withProtocol(frame: string, protocol: number): string {
  if (!frame.startsWith('42["session:hello"')) return frame;
  const [event, hello] = JSON.parse(frame.slice(2)) as [string, Record<string, unknown>];
  return `42${JSON.stringify([event, { ...hello, protocol }])}`;
}

test("a page older than the server says the app was updated, and a reload brings the person back in", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Oppdatert mens vi jobbet", "Åse Fasilitator");

  // Kari's page meets a server one protocol version ahead, until the app is "reloaded".
  const kari = await newPerson(browser);
  let serverProtocol = PROTOCOL_VERSION + 1;
  await kari.context.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) =>
      ws.send(typeof message === "string" ? withProtocol(message, serverProtocol) : message),
    );
  });
  await kari.page.goto(participantLink);
  const form = kari.page.getByTestId("join-form");
  await form.locator("input[name=name]").fill("Kari Nordmann");
  await form.locator("select[name=actorGroup]").selectOption("industry");
  await form.getByRole("button", { name: /join/i }).click();

  const fatal = kari.page.getByTestId("fatal");
  await expect(fatal).toHaveAttribute("data-reason", "appUpdated");
  await expect(fatal).toContainText("Oppdag has been updated");
  await expect(kari.page.getByTestId("board")).toHaveCount(0);

  serverProtocol = PROTOCOL_VERSION;
  await kari.page.getByTestId("reload").click();
  const board = new BoardPage(kari.page);
  await expect(board.board).toBeVisible();
  await expect(board.connection()).toHaveAttribute("data-state", "online");
  await expect(fatal).toHaveCount(0);

  await Promise.all([fac.context.close(), kari.context.close()]);
});

test("a first connection that takes a while says connecting, never reconnecting or reconnected", async ({
  browser,
}) => {
  const fac = await newPerson(browser);
  const landing = new LandingPage(fac.page);
  await landing.goto();
  const { participantLink } = await landing.createWorkshop("Et stort brett", "Åse Fasilitator");

  // Kari's board arrives a second late, as a large board on a slow network does.
  const kari = await newPerson(browser);
  await kari.context.routeWebSocket(/\/sync\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => setTimeout(() => ws.send(message), 1000));
  });
  // Every state the indicator shows, from the first render on.
  await kari.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __states: string[] }).__states = seen;
    new MutationObserver(() => {
      const state = document.querySelector("[data-testid=connection]")?.getAttribute("data-state");
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
  });
  await kari.page.goto(participantLink);
  const form = kari.page.getByTestId("join-form");
  await form.locator("input[name=name]").fill("Kari");
  await form.locator("select[name=actorGroup]").selectOption("industry");
  await form.getByRole("button").click();
  const board = new BoardPage(kari.page);
  await expect(board.connection()).toHaveAttribute("data-state", "online", { timeout: 10_000 });
  const states = await kari.page.evaluate(() => (window as unknown as { __states: string[] }).__states);
  expect(states).toContain("connecting");
  expect(states).not.toContain("reconnecting");
  expect(states).not.toContain("reconnected");
});
