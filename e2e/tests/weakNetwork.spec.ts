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
 * What the test holds the phone to, a little above the target so that a loaded CI machine does
 * not fail it: 9.5–9.9 s measured (2026-12-03) with the phone's card list, which needs neither
 * the canvas code (70 KB gzip, loaded when the board is first shown) nor any zooming. Most of
 * what is left is bytes: 183 KB of app code, then the 500-card board's first sync frame (148 KB
 * of Yjs update before compression), which arrives 3.4 s after its socket opens.
 */
const CEILING_MS = 12_000;
/** When the list of what can be voted on was shown (for the report). */
const marks = { cards: 0 };

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
 * Votes as a person on a phone does: the list shows what can be voted on (the ideas, here), and
 * the first one's vote button is a thumb's tap away, with no zooming of a board.
 */
async function tapAVoteOnScreen(page: Page) {
  const vote = page.getByTestId("list-card").getByTestId("vote-add").first();
  await expect(vote).toBeInViewport({ timeout: 30_000 });
  marks.cards = Date.now();
  await vote.tap();
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
      `slow 3G (${SLOW_3G.latency} ms, ${SLOW_3G.downloadThroughput} B/s), ${CARDS} cards: the vote list shown at ${marks.cards - t0} ms, the vote acknowledged at ${votedMs} ms\n${await waterfall(page, t0, sockets)}`,
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
