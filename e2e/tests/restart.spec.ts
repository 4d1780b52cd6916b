import fs from "node:fs";
import { type BoardPage, JoinPage, LandingPage, newPerson } from "../support/pages";
import { type E2eServer, startServer } from "../support/server";
import { expect, test } from "../support/test";

/**
 * A live room while the server goes away and comes back, as deploys, crashes and a pulled cable
 * do. Nobody reloads: each screen must reconnect both channels by itself, get the current state,
 * and carry on. This test runs its own server, so it can stop and start it.
 */

const LIVE = { timeout: 2_000 };
/** Reconnecting waits out the client's backoff (at most 5 s) and the server's start. */
const BACK = { timeout: 25_000 };
const PHASES = ["Briefing", "Strengths and opportunities", "Linking", "Prioritise", "Action planning"];

let server: E2eServer;
test.afterEach(async () => {
  await server?.stop("SIGKILL");
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function allOnline(people: BoardPage[]) {
  for (const p of people) await expect(p.connection()).toHaveAttribute("data-state", /^(online|reconnected)$/, BACK);
}

test("the room carries on after SIGTERM, SIGKILL and a ten-second outage, without a reload", async ({ browser }) => {
  test.setTimeout(180_000);
  server = await startServer();
  const { port, dataDir } = server;

  const fac = await newPerson(browser);
  await fac.page.goto(server.url);
  const { participantLink, board: f } = await new LandingPage(fac.page).createWorkshop("Kronobergs utmaningar", "Anna");
  const phone = await browser.newContext({ locale: "sv-SE", viewport: { width: 390, height: 844 }, hasTouch: true });
  const p1 = await new JoinPage((await newPerson(browser)).page).join(participantLink, "Kari", "industry");
  const p2 = await new JoinPage(await phone.newPage()).join(participantLink, "Sven", "public");
  const everyone = [f, p1, p2];
  const participants = [p1, p2];
  // Failed reconnects print their URL in the console: no URL may carry a token.
  const seen: string[] = [];
  for (const p of everyone) {
    p.page.on("websocket", (ws) => seen.push(ws.url()));
    p.page.on("console", (msg) => seen.push(msg.text()));
  }

  await f.page.getByTestId("agenda-button").click();
  await f.page.getByTestId("agenda-template").click();
  await f.page.getByTestId("agenda-phase").first().getByRole("button", { name: "Start" }).click();
  await expect(f.page.getByTestId("agenda-dialog")).toBeHidden();
  await p1.addCard("idea", "Biogas från skogsrester");
  for (const p of everyone) await expect(p.card("Biogas från skogsrester")).toBeVisible(LIVE);

  /** What a facilitator does after a restart must reach everyone: lock, a phase change, a vote. */
  async function roomWorks(round: number) {
    await f.page.getByTestId("lock-toggle").click();
    for (const p of participants) await expect(p.page.getByTestId("banner-locked")).toBeVisible(LIVE);
    await f.page.getByTestId("lock-toggle").click();
    for (const p of participants) await expect(p.page.getByTestId("banner-locked")).toBeHidden(LIVE);

    await f.page.getByTestId("phase-next").click();
    for (const p of everyone) await expect(p.page.getByTestId("phase-name")).toHaveText(PHASES[round] ?? "", LIVE);

    await f.page.getByTestId("vote-button").click();
    await f.page.getByTestId("vote-start").click();
    await expect(p1.page.getByTestId("votes-left")).toHaveText("3 of 3 votes left", LIVE);
    await p1.card("Biogas från skogsrester").getByTestId("vote-add").click();
    await expect(f.page.getByTestId("vote-bar")).toContainText("1 person has voted", LIVE);
  }

  // A deploy: SIGTERM, and the new process on the same port.
  await server.stop("SIGTERM");
  for (const p of everyone) await expect(p.connection()).not.toHaveAttribute("data-state", "online", LIVE);
  server = await startServer({ port, dataDir });
  await allOnline(everyone);
  await roomWorks(1);

  // A crash: SIGKILL, then a restart.
  await server.stop("SIGKILL");
  for (const p of everyone) await expect(p.connection()).not.toHaveAttribute("data-state", "online", BACK);
  server = await startServer({ port, dataDir });
  await allOnline(everyone);
  await expect(p2.card("Biogas från skogsrester")).toBeVisible();
  await roomWorks(2);

  // A ten-second outage: every device says so, and a facilitator's action is refused visibly.
  const outageStarted = Date.now();
  await server.stop("SIGKILL");
  for (const p of everyone) await expect(p.page.getByTestId("connection-banner")).toBeVisible({ timeout: 10_000 });
  await f.page.getByTestId("lock-toggle").click();
  await expect(f.page.getByTestId("action-error")).toContainText("offline");
  for (const p of participants) await expect(p.page.getByTestId("banner-locked")).toBeHidden();
  // The outage itself is what is tested here: the time passes on purpose.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - outageStarted))));
  server = await startServer({ port, dataDir });
  await allOnline(everyone);
  for (const p of everyone) await expect(p.page.getByTestId("connection-banner")).toBeHidden(LIVE);
  await roomWorks(3);
  const tokens = await Promise.all(
    everyone.map((p) => p.page.evaluate(() => JSON.stringify(Object.entries(localStorage)))),
  );
  expect(seen.filter((line) => /token=/i.test(line))).toEqual([]);
  for (const stored of tokens) {
    for (const token of stored.match(/[A-Za-z0-9_-]{43}/g) ?? []) expect(seen.join("\n")).not.toContain(token);
  }
  await phone.close();
});
