import type { SessionView } from "@oppdag/shared";
import type { Page } from "@playwright/test";
import { type ControlClient, connected, controlClient } from "../../server/test/helpers/clients";
import { inviteToken, join } from "../../server/test/helpers/factories";
import { importBigBoard } from "../support/bigBoard";
import { baseUrl } from "../support/pages";
import { expect, test } from "../support/test";

/**
 * A slow 3G network: 400 kbit/s down and up (50,000 bytes a second) and a 400 ms round trip, the
 * figures of Chrome DevTools' "Slow 3G" preset (front_end/core/sdk/NetworkManager.ts, and
 * WebPageTest's "3G Slow"). DevTools itself adds five times the round trip, 2,000 ms, to every
 * request, its allowance for emulating per request rather than per packet; SLOW_3G_LATENCY=2000
 * measures that (21.9 s, over the ceiling below: eleven requests and two socket upgrades in a row
 * each wait 2 s).
 *
 * Websockets, as measured with this test's frame log: Chromium's emulation delays the upgrade
 * request like any other and throttles the frames' bytes, but adds no latency per frame (a
 * socket.io ping is answered in well under 100 ms).
 */
const SLOW_3G = {
  offline: false,
  latency: Number(process.env.SLOW_3G_LATENCY ?? 400),
  downloadThroughput: (500_000 / 8) * 0.8,
  uploadThroughput: (500_000 / 8) * 0.8,
};
const CARDS = 500;
/** Issue 12: from opening the invite to the server's acknowledged vote. */
const TARGET_MS = 10_000;
/**
 * What the test holds the board to today, so it catches a regression: 14–15 s measured. The rest
 * of the way to TARGET_MS is the board's first sync frame (150 KB sent uncompressed, 29 KB with
 * permessage-deflate, in server/src/sync) and voting on a phone without zooming the board in
 * (the phone list view); lower this to TARGET_MS with them.
 */
const CEILING_MS = 20_000;
/** When the cards were drawn and when a vote button was in reach (for the report). */
const marks = { cards: 0, zoomed: 0 };

/** The request waterfall and socket frames of a page, to say where the time went. */
async function waterfall(page: Page, t0: number, sockets: SocketLog[]): Promise<string> {
  const entries = await page
    .evaluate(() =>
      [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: r.name.replace(location.origin, "").replace(/#.*/, ""),
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
          wire: r.transferSize,
          body: r.decodedBodySize,
        };
      }),
    )
    .catch(() => []);
  const pad = (n: number | null, w = 6) => String(n ?? "–").padStart(w);
  return [
    ...entries.map(
      (e) => `  ${pad(e.start)} → ${pad(e.end)} ms ${pad(e.wire, 8)} B on the wire (${e.body} B)  ${e.name}`,
    ),
    ...sockets.map(
      (s) =>
        `  ${pad(s.openedAt - t0)} → ${pad(s.firstFrameAt === null ? null : s.firstFrameAt - t0)} ms ws ${s.url}: ${s.frames} frames, ${s.bytes} B, the largest at ${pad(s.largestAt === null ? null : s.largestAt - t0)} ms`,
    ),
  ].join("\n");
}

interface SocketLog {
  url: string;
  openedAt: number;
  firstFrameAt: number | null;
  largestAt: number | null;
  largest: number;
  bytes: number;
  frames: number;
}

/**
 * Votes as a person on a phone can today on a board seen whole: zoom in with the board's + button
 * until the cards can be read (a far view draws them as plain boxes), then tap the vote button of
 * a card on the screen, clear of the toolbars. (A synthesized pinch zooms the page, not the board.)
 */
async function tapAVoteOnScreen(page: Page) {
  // The board has arrived once its cards are drawn.
  await expect(page.locator(".react-flow__node-card").first()).toBeAttached({ timeout: 30_000 });
  marks.cards = Date.now();
  for (let i = 0; i < 12; i++) {
    const target = await page.getByTestId("vote-add").evaluateAll((buttons) => {
      const board = document.querySelector<HTMLElement>('[data-testid="board"]')?.getBoundingClientRect();
      if (!board) return null;
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        // Big enough to hit, inside the board, and nothing (toolbar, controls) drawn over it.
        if (r.width < 12 || x < board.left + 60 || x > board.right - 20 || y < board.top + 20 || y > board.bottom - 120)
          continue;
        if (document.elementFromPoint(x, y) === b) return { x, y };
      }
      return null;
    });
    if (target) {
      marks.zoomed = Date.now();
      return page.touchscreen.tap(target.x, target.y);
    }
    await page.locator(".react-flow__controls-zoomin").tap();
  }
  throw new Error("no vote button came into view");
}

test("on slow 3G a phone participant opens the invite of a 500-card board, joins and votes (target: 10 s)", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const workshop = await importBigBoard(CARDS);
  // The facilitator runs the room from another device: here a control client, so that the phone
  // under test is the only browser on the machine.
  const fac = await join(
    baseUrl(),
    workshop.id,
    inviteToken(workshop.invites.facilitator),
    "Åse Fasilitator",
    "facilitator",
  );
  const facilitator: ControlClient = controlClient(baseUrl(), workshop.id, fac.token);
  let session: SessionView | null = null;
  facilitator.on("session:state", (view) => {
    session = view;
  });
  await connected(facilitator);
  expect(
    await facilitator.emitWithAck("vote:start", {
      title: "Hvilke ideer bør regionen satse på?",
      targets: { kinds: ["idea"], links: false, zoneId: null },
      votesPerPerson: 3,
      allowMultiplePerTarget: false,
      anonymous: true,
    }),
  ).toEqual({ ok: true });

  const phone = await browser.newContext({
    locale: "nb-NO",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const page = await phone.newPage();
  const cdp = await phone.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);

  const sockets: SocketLog[] = [];
  page.on("websocket", (ws) => {
    const log: SocketLog = {
      url: ws
        .url()
        .replace(/^ws:\/\/[^/]+/, "")
        .replace(/\?.*/, ""),
      openedAt: Date.now(),
      firstFrameAt: null,
      largestAt: null,
      largest: 0,
      bytes: 0,
      frames: 0,
    };
    sockets.push(log);
    ws.on("framereceived", ({ payload }) => {
      const size = typeof payload === "string" ? Buffer.byteLength(payload) : payload.length;
      log.firstFrameAt ??= Date.now();
      log.frames++;
      log.bytes += size;
      if (size > log.largest) {
        log.largest = size;
        log.largestAt = Date.now();
      }
    });
  });

  const t0 = Date.now();
  let votedMs = Number.NaN;
  try {
    await page.goto(`${baseUrl()}${workshop.invites.participant}`);
    const form = page.getByTestId("join-form");
    await form.locator("input[name=name]").fill("Kari Nordmann");
    await form.locator("select[name=actorGroup]").selectOption("industry");
    await form.getByRole("button", { name: /bli med/i }).tap();
    await tapAVoteOnScreen(page);
    // The server's acknowledgement: the vote is recorded and the room is told (one voter).
    await expect
      .poll(() => (session as SessionView | null)?.votes.at(-1)?.voterCount ?? 0, { timeout: 30_000, intervals: [50] })
      .toBe(1);
    votedMs = Date.now() - t0;
    await expect(page.getByTestId("votes-left")).toHaveText("2 av 3 stemmer igjen");
  } finally {
    console.log(
      `slow 3G (${SLOW_3G.latency} ms, ${SLOW_3G.downloadThroughput} B/s), ${CARDS} cards: cards drawn at ${marks.cards - t0} ms, a vote button in reach at ${marks.zoomed - t0} ms, the vote acknowledged at ${votedMs} ms\n${await waterfall(page, t0, sockets)}`,
    );
  }
  test.info().annotations.push({
    type: "timing",
    description: `vote acknowledged ${votedMs} ms after navigation (target ${TARGET_MS} ms)`,
  });
  expect(votedMs).toBeLessThan(CEILING_MS);
  facilitator.disconnect();
  await phone.close();
});
