import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * The server's numbers for Prometheus (`GET /metrics`): counts and timings only, never names or
 * content. One registry per process, so test servers in one process would not share it.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "oppdag_process_" });

export const metrics = {
  syncConnections: new Gauge({
    name: "oppdag_sync_connections",
    help: "Open websocket connections on the sync channel",
    registers: [registry],
  }),
  controlConnections: new Gauge({
    name: "oppdag_control_connections",
    help: "Open socket.io connections on the control channel",
    registers: [registry],
  }),
  openWorkshops: new Gauge({
    name: "oppdag_open_workshops",
    help: "Workshop documents loaded in this process",
    registers: [registry],
  }),
  updates: new Counter({
    name: "oppdag_updates_total",
    help: "Document updates accepted from clients (rate() gives updates per second)",
    registers: [registry],
  }),
  storageWriteSeconds: new Histogram({
    name: "oppdag_storage_write_seconds",
    help: "Time to make one batch of updates durable",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  }),
  rejectedMessages: new Counter({
    name: "oppdag_rejected_messages_total",
    help: "Messages refused: malformed, too large, or not allowed",
    labelNames: ["reason"] as const,
    registers: [registry],
  }),
  errors: new Counter({
    name: "oppdag_errors_total",
    help: "Server errors (HTTP 5xx and failed storage writes)",
    labelNames: ["where"] as const,
    registers: [registry],
  }),
};
