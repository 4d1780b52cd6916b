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
