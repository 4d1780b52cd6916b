/** The room bench's results as one markdown table: a row per scenario and server, and the ratio. */
import type { ServerKind } from "./roomServers";
import type { Histogram } from "./roomStats";

export interface Scenario {
  id: string;
  title: string;
  rooms: number;
  /** Clients per room. */
  clients: number;
  /** Clients per room that edit; every client moves its pointer. */
  editors: number;
  editHz: number;
  pointerHz: number;
}

/** What one server did under one scenario. */
export interface Outcome {
  connected: number;
  failed: number;
  /** The load actually offered in the window, per second (a starved generator offers less). */
  editsPerS: number;
  movesPerS: number;
  firstError: string | undefined;
  /** Share of the window's edits that reached every other client of their room, 0..1. */
  deliveredToAll: number;
  edit: Histogram;
  cursor: Histogram;
  framesMean: number;
  framesMax: number;
  cpuPercent: number;
  rssMb: number;
  peakRssMb: number;
  /** Round trips of a health check asked every 200 ms in the window. */
  health: Histogram;
  loopP99Ms: number;
  loopMaxMs: number;
  /** The busiest generator thread's event-loop utilisation in the window, 0..1. */
  utilization: number;
  generatorCpuPercent: number;
  closes: Map<number, number>;
  refusedPresence: number;
}

const COLUMNS = [
  "scenario",
  "server",
  "clients",
  "sent edits/s, moves/s",
  "edits delivered to all",
  "edit p50",
  "edit p99",
  "cursor p50",
  "cursor p99",
  "presence frames/client/s mean (max)",
  "server CPU",
  "server RSS (peak)",
  "health check p50 / max",
  "generator loop delay p99 (max)",
  "generator CPU (busiest thread)",
];

const pct = (v: number) => (Number.isNaN(v) ? "–" : `${(v * 100).toFixed(1)} %`);
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";

export const describe = (s: Scenario) =>
  `${s.title}: ${s.rooms} × ${s.clients}, ${s.editors} editing at ${s.editHz} Hz, pointers at ${s.pointerHz} Hz`;

export class RoomReport {
  private rows: string[][] = [];
  private remarks: string[] = [];

  /** @param graceS how long after the window an edit could still arrive: what "lost" means. */
  constructor(private readonly graceS: number) {}

  private ms(v: number): string {
    if (Number.isNaN(v)) return "–";
    if (v === Number.POSITIVE_INFINITY) return `> ${this.graceS} s (lost)`;
    return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;
  }

  /** The figures of one outcome, without the scenario and server (also what the console shows). */
  figures(o: Outcome): string[] {
    return [
      o.failed > 0 ? `${o.connected} (${o.failed} failed)` : String(o.connected),
      `${o.editsPerS.toFixed(0)}, ${o.movesPerS.toFixed(0)}`,
      pct(o.deliveredToAll),
      this.ms(o.edit.quantile(0.5)),
      this.ms(o.edit.quantile(0.99)),
      this.ms(o.cursor.quantile(0.5)),
      this.ms(o.cursor.quantile(0.99)),
      `${o.framesMean.toFixed(1)} (${o.framesMax.toFixed(1)})`,
      `${o.cpuPercent.toFixed(0)} %`,
      `${o.rssMb.toFixed(0)} MB (${o.peakRssMb.toFixed(0)} MB)`,
      `${this.ms(o.health.quantile(0.5))} / ${this.ms(o.health.quantile(1))}`,
      `${o.loopP99Ms.toFixed(1)} ms (${o.loopMaxMs.toFixed(1)} ms)`,
      `${o.generatorCpuPercent.toFixed(0)} % (${(o.utilization * 100).toFixed(0)} % busy)`,
    ];
  }

  add(s: Scenario, kind: ServerKind, o: Outcome, first: boolean): void {
    this.rows.push([
      first ? describe(s) : "",
      kind === "oppdag" ? "Oppdag" : "y-websocket reference",
      ...this.figures(o),
    ]);
    // What a reader must not miss: clients that never synced, sockets the server closed, refused presence.
    const who = `${s.title}, ${kind}`;
    if (o.failed > 0) this.remarks.push(`${who}: ${o.failed} clients did not sync (${o.firstError})`);
    if (o.closes.size > 0)
      this.remarks.push(`${who}: sockets closed: ${[...o.closes].map(([code, n]) => `${n} × ${code}`).join(", ")}`);
    if (o.refusedPresence > 0) this.remarks.push(`${who}: ${o.refusedPresence} presence updates refused`);
  }

  /** Oppdag's figure divided by the reference's, for the figures where that means something. */
  addRatio(a: Outcome, b: Outcome): void {
    const e = (o: Outcome, q: number) => o.edit.quantile(q);
    const c = (o: Outcome, q: number) => o.cursor.quantile(q);
    this.rows.push([
      "",
      "**Oppdag / reference**",
      "",
      "",
      ratio(a.deliveredToAll, b.deliveredToAll),
      ratio(e(a, 0.5), e(b, 0.5)),
      ratio(e(a, 0.99), e(b, 0.99)),
      ratio(c(a, 0.5), c(b, 0.5)),
      ratio(c(a, 0.99), c(b, 0.99)),
      ratio(a.framesMean, b.framesMean),
      ratio(a.cpuPercent, b.cpuPercent),
      ratio(a.rssMb, b.rssMb),
      "",
      "",
      "",
    ]);
  }

  markdown(header: string[]): string {
    const table = [
      `| ${COLUMNS.join(" | ")} |`,
      `|${COLUMNS.map(() => "---").join("|")}|`,
      ...this.rows.map((r) => `| ${r.join(" | ")} |`),
    ].join("\n");
    const remarks = this.remarks.length > 0 ? `\n${this.remarks.map((r) => `- ${r}`).join("\n")}\n` : "";
    return `${header.join("  \n")}\n\n${table}\n${remarks}`;
  }
}
