/**
 * Measuring helpers for the room bench: a mergeable latency histogram, a clock shared by every
 * thread and process, and what /proc says about a server process.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

/**
 * Milliseconds on the monotonic clock. Unlike `performance.now()`, whose origin is per thread,
 * this clock is the same in every worker and process on the machine, so a time sent from one
 * worker can be compared with the time it arrives in another.
 */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

const MIN_MS = 0.01;
/** Each bucket is 1 % wider than the one before: ±1 % precision from 10 µs to beyond ten minutes. */
const GROWTH = Math.log(1.01);
const BUCKETS = 2000;

/**
 * Latencies as a log-scale histogram. A full room yields millions of cursor samples per run; a
 * histogram keeps that in 8 KB per thread and merges across workers by adding counts.
 */
export class Histogram {
  readonly counts: Uint32Array;
  /** Samples that never arrived (counted as slower than anything). */
  lost = 0;

  constructor(counts?: Uint32Array) {
    this.counts = counts ?? new Uint32Array(BUCKETS);
  }

  record(ms: number): void {
    const i = ms <= MIN_MS ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(ms / MIN_MS) / GROWTH));
    this.counts[i] = (this.counts[i] ?? 0) + 1;
  }

  merge(other: { counts: Uint32Array; lost: number }): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] = (this.counts[i] ?? 0) + (other.counts[i] ?? 0);
    this.lost += other.lost;
  }

  get count(): number {
    return this.counts.reduce((a, b) => a + b, 0) + this.lost;
  }

  /** The q-quantile in ms (a bucket's upper bound), Infinity if it falls among the lost, NaN when empty. */
  quantile(q: number): number {
    const total = this.count;
    if (total === 0) return Number.NaN;
    const rank = Math.ceil(q * total);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return MIN_MS * Math.exp(i * GROWTH);
    }
    return Number.POSITIVE_INFINITY;
  }
}

let clockTicks: number | undefined;
/** Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces, so fields are counted from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 from here.
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

/** Resident set size now and its peak, in MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}
