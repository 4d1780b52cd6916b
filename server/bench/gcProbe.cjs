// Bench-only preload (bench/idle.ts starts both servers with it and --expose-gc): on SIGUSR2 a
// full garbage collection, then the process's memory on stderr, so what clients hold can be told
// apart from the garbage their joining left behind.
process.on("SIGUSR2", () => {
  global.gc?.();
  const m = process.memoryUsage();
  process.stderr.write(`GC_PROBE ${JSON.stringify({ rss: m.rss, heap: m.heapUsed + m.external })}\n`);
});
