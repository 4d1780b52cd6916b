/**
 * Frame times in a real Chromium page, the figures issue 11 asks of the board:
 * - panning a 2,000-card board, alone and while a peer drags 20 cards;
 * - a room of 60: the page receives 59 people's pointers moving as fast as a mouse moves (60 Hz)
 *   while 10 of them drag cards.
 * Peers are real y-websocket clients in this process, so the browser under test is the only one.
 * Run: `pnpm bench:browser` (builds the client first). Writes .tmp/bench-browser.md.
 */
import fs from "node:fs";
import path from "node:path";
import { CARD_KINDS, WORKSHOP_JSON_FORMAT, WORKSHOP_JSON_VERSION } from "@oppdag/shared";
import type { Browser, CDPSession, Page } from "@playwright/test";
import { type SyncClient, syncClient, waitForSynced } from "../../server/test/helpers/clients";
import { api, inviteToken, join } from "../../server/test/helpers/factories";
import { baseUrl } from "../support/pages";
import { test } from "../support/test";

const CARDS = Number(process.env.BENCH_CARDS ?? 2000);
const PEERS = Number(process.env.BENCH_PEERS ?? 59);
const ROOM_CARDS = Number(process.env.BENCH_ROOM_CARDS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** Peers drag cards from the middle of the big board (row 20, from column 15), where a zoomed-in view looks. */
const DRAGGED_FROM = Math.floor(CARDS / 100) * 50 + 15;

interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
  over50: number;
}

/**
 * With BENCH_PROFILE=1, a CPU profile of each scenario: the functions that took the most time,
 * printed beside the table (what to look at when a figure is bad).
 */
const PROFILE = process.env.BENCH_PROFILE === "1";
let profiler: CDPSession | null = null;

let traced: Page | null = null;

async function startProfile(page: Page) {
  if (!PROFILE) return;
  profiler ??= await page.context().newCDPSession(page);
  await profiler.send("Profiler.enable");
  await profiler.send("Profiler.start");
  traced = page;
  await page
    .context()
    .browser()
    ?.startTracing(page, { categories: ["devtools.timeline"] });
}

/** Time on the page's main thread by kind of work (style, layout, paint, script…), from a trace. */
async function mainThreadWork(page: Page): Promise<string> {
  const buffer = await page.context().browser()?.stopTracing();
  if (!buffer) return "";
  type TraceEvent = { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } };
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const threads = new Map(
    traceEvents.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? "?"]),
  );
  const all = process.env.BENCH_PROFILE_THREADS === "1";
  const totals = new Map<string, { us: number; count: number }>();
  for (const e of traceEvents) {
    if (e.ph !== "X" || !e.dur) continue;
    if (!all && (!main || e.tid !== main.tid || e.pid !== main.pid)) continue;
    const name = all ? `${threads.get(`${e.pid}:${e.tid}`)} ${e.name}` : e.name;
    const t = totals.get(name) ?? { us: 0, count: 0 };
    t.us += e.dur;
    t.count++;
    totals.set(name, t);
  }
  const top = [...totals].sort((a, b) => b[1].us - a[1].us).slice(0, 12);
  return top
    .map(([n, t]) => `  ${(t.us / 1000).toFixed(0).padStart(6)} ms  ${String(t.count).padStart(5)}×  ${n}`)
    .join("\n");
}

async function stopProfile(what: string) {
  if (!profiler || !traced) return;
  console.log(`\n${what}: main thread (nested events count twice)\n${await mainThreadWork(traced)}`);
  const { profile } = await profiler.send("Profiler.stop");
  const total = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) => {
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}`;
    total.set(name, (total.get(name) ?? 0) + (dt.get(node.id) ?? 0));
  }
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(
    `\n${what}: self time\n${top.map(([n, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${n}`).join("\n")}`,
  );
}

/** Starts recording requestAnimationFrame intervals in the page. */
async function startFrames(page: Page) {
  await startProfile(page);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<FrameStats> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  if (process.env.BENCH_DUMP === "1") console.log(frames.map((f) => Math.round(f)).join(" "));
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    frames: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    over50: sorted.filter((f) => f > 50).length,
  };
}

/** Pans the board by dragging its background back and forth for `seconds`. */
async function pan(page: Page, seconds: number) {
  const box = await page.getByTestId("board").boundingBox();
  if (!box) throw new Error("no board");
  const y = box.y + box.height - 40;
  const until = Date.now() + seconds * 1000;
  for (let sweep = 0; Date.now() < until; sweep++) {
    const from = sweep % 2 === 0 ? box.x + 80 : box.x + box.width - 80;
    const to = sweep % 2 === 0 ? box.x + box.width - 80 : box.x + 80;
    await page.mouse.move(from, y);
    await page.mouse.down();
    // Step by step, so a page too busy to take input still ends the pan on time.
    for (let step = 1; step <= 60 && Date.now() < until; step++) {
      await page.mouse.move(from + ((to - from) * step) / 60, y);
    }
    await page.mouse.up();
  }
}

/** A workshop with `cards` cards in a grid, imported as a JSON export; returns its facilitator invite. */
async function bigWorkshop(cards: number) {
  const board = Array.from({ length: cards }, (_, i) => ({
    id: `card-${i}`,
    kind: CARD_KINDS[i % CARD_KINDS.length],
    text: `Kort ${i} – havbruk, reiseliv og sjømat i Troms`,
    x: (i % 50) * 240,
    y: Math.floor(i / 50) * 160,
    w: 200,
    h: 120,
    color: "yellow",
    authorId: "",
    authorGroup: "industry",
    createdAt: 0,
  }));
  const res = await api<{
    workshop: { id: string };
    invites: { facilitator: string; participant: string; observer: string };
  }>(baseUrl(), "POST", "/workshops/import", {
    format: WORKSHOP_JSON_FORMAT,
    version: WORKSHOP_JSON_VERSION,
    exportedAt: new Date().toISOString(),
    workshop: { title: "Benk – stort brett", region: "Troms", language: "nb" },
    board: { cards: board, links: [], zones: [] },
    notes: [],
    actionItems: [],
    votes: [],
    participants: [],
  });
  if (res.status !== 201) throw new Error(`import failed: ${JSON.stringify(res.body)}`);
  return { id: res.body.workshop.id, invites: res.body.invites };
}

/** Peers in this process: each moves its pointer; the first `dragging` move cards from `draggedFrom` on. */
async function peers(workshopId: string, invite: string, count: number, draggedFrom = 0) {
  const wsUrl = baseUrl().replace(/^http/, "ws");
  const clients: Array<SyncClient & { participantId: string }> = [];
  for (let i = 0; i < count; i++) {
    const person = await join(baseUrl(), workshopId, invite, `Deltaker ${i}`, "industry");
    const client = syncClient(wsUrl, workshopId, person.token);
    clients.push({ ...client, participantId: person.participant.id });
  }
  await Promise.all(clients.map((c) => waitForSynced(c, 30_000)));
  clients.forEach((c, i) => {
    c.provider.awareness.setLocalState({
      user: { id: c.participantId, name: `Deltaker ${i}`, color: `hsl(${(i * 37) % 360} 70% 45%)`, group: "industry" },
      pointer: { x: 0, y: 0 },
      selection: [],
    });
  });
  let timers: NodeJS.Timeout[] = [];
  return {
    /** Pointers at `pointerHz`; `dragging` peers each move `cardsEach` cards at 30 Hz. */
    start(pointerHz: number, dragging: number, cardsEach: number) {
      const started = Date.now();
      clients.forEach((c, i) => {
        timers.push(
          setInterval(() => {
            const t = (Date.now() - started) / 1000;
            c.provider.awareness.setLocalStateField("pointer", {
              x: Math.round(600 + 400 * Math.cos(t + i)),
              y: Math.round(400 + 300 * Math.sin(t * 1.3 + i)),
            });
          }, 1000 / pointerHz),
        );
        if (i >= dragging) return;
        const cards = c.doc.getMap("cards");
        timers.push(
          setInterval(() => {
            const t = (Date.now() - started) / 1000;
            c.doc.transact(() => {
              for (let k = 0; k < cardsEach; k++) {
                const card = cards.get(`card-${draggedFrom + i * cardsEach + k}`) as
                  | { set(key: string, value: unknown): void }
                  | undefined;
                card?.set("x", Math.round(((draggedFrom + i * cardsEach + k) % 50) * 240 + 60 * Math.sin(t * 2)));
              }
            });
          }, 1000 / 30),
        );
      });
    },
    stop() {
      for (const timer of timers) clearInterval(timer);
      timers = [];
    },
    destroy() {
      this.stop();
      for (const c of clients) c.destroy();
    },
  };
}

/** The facilitator's board of a workshop, in a desktop-sized page of its own, once it is live. */
async function openBoard(browser: Browser, workshopId: string, facilitatorInvite: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/join/${workshopId}#${inviteToken(facilitatorInvite)}`);
  const form = page.getByTestId("join-form");
  await form.locator("input[name=name]").fill("Åse");
  await form.locator("select[name=actorGroup]").selectOption("industry");
  await form.getByRole("button").click();
  // A large board takes longer than the tests' five seconds to appear: that time is not measured here.
  await page.locator(".react-flow__node-card").first().waitFor({ timeout: 60_000 });
  await page.getByTestId("connection").and(page.locator("[data-state=online]")).waitFor({ timeout: 60_000 });
  return page;
}

const rows: string[] = [];
const row = async (what: string, s: FrameStats) => {
  await stopProfile(what);
  rows.push(
    `| ${what} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(0)} | ${s.over50} of ${s.frames} |`,
  );
};

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test("frame times on a 2,000-card board and in a room of 60", async ({ browser }) => {
  const { id, invites } = await bigWorkshop(CARDS);
  const page = await openBoard(browser, id, invites.facilitator);
  const context = page.context();

  // BENCH_CSS: extra CSS for the page, to try a rendering change before making it.
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  await startFrames(page);
  await pan(page, SECONDS);
  await row(`panning a ${CARDS}-card board`, await stopFrames(page));
  // BENCH_QUICK=1: only the first figure, when working on it.
  if (process.env.BENCH_QUICK === "1") return void console.log(rows.join("\n"));

  const zoomToRead = () =>
    page.evaluate(() => {
      // From fit view (10 %), twelve steps of 1.2 about the middle of the board: about 90 %.
      const zoomIn = document.querySelector<HTMLButtonElement>(".react-flow__controls-zoomin");
      for (let i = 0; i < 12; i++) zoomIn?.click();
    });
  const fitView = () => page.locator(".react-flow__controls-fitview").click();

  // Zoomed in to read, as people work: only the cards in view are drawn.
  await zoomToRead();
  await startFrames(page);
  await pan(page, SECONDS);
  await row(`panning the same board zoomed in to read (about 90 %)`, await stopFrames(page));
  await fitView();

  const crowd = await peers(id, inviteToken(invites.participant), 1, DRAGGED_FROM);
  crowd.start(60, 1, 20);
  await startFrames(page);
  await pan(page, SECONDS);
  await row(`panning the whole board while a peer drags 20 cards at 30 Hz`, await stopFrames(page));
  await zoomToRead();
  await startFrames(page);
  await pan(page, SECONDS);
  await row(`panning zoomed in while a peer drags 20 cards at 30 Hz (some in view)`, await stopFrames(page));
  await fitView();
  crowd.destroy();

  await context.close();

  // A realistic room: a workshop-sized board (300 cards) seen whole, 59 others in it.
  const realistic = await bigWorkshop(ROOM_CARDS);
  const roomPage = await openBoard(browser, realistic.id, realistic.invites.facilitator);
  const room = await peers(realistic.id, inviteToken(realistic.invites.participant), PEERS);
  room.start(60, 10, 2);
  await startFrames(roomPage);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  await row(
    `a room of ${PEERS + 1} on a ${ROOM_CARDS}-card board: ${PEERS} pointers at 60 Hz, 10 peers dragging 2 cards each`,
    await stopFrames(roomPage),
  );
  await startFrames(roomPage);
  await pan(roomPage, SECONDS);
  await row(`panning meanwhile`, await stopFrames(roomPage));
  room.destroy();
  await roomPage.context().close();

  const table = [
    "| scenario (Chromium, 1366×768) | median ms | p95 ms | max ms | frames over 50 ms |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
  console.log(table);
  const out = path.resolve(import.meta.dirname, "../../.tmp");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "bench-browser.md"), `${table}\n`);
});
