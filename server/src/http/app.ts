import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Limits } from "@oppdag/shared";
import express, { type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { SessionEvents } from "../auth/sessions";
import type { Config } from "../config";
import { AppError, limitReached } from "../domain/errors";
import type { DocxPool } from "../export/docxPool";
import type { Logger } from "../lib/logger";
import { metrics, registry } from "../observability/metrics";
import type { Presence } from "../session/presence";
import type { SessionService } from "../session/service";
import type { Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import type { WriteBatcher } from "../sync/writeBatcher";
import { clientFiles } from "./clientFiles";
import { errorHandler } from "./errors";
import { exportRoutes } from "./routes/exports";
import { workshopRoutes } from "./routes/workshops";

export interface AppDeps {
  config: Config;
  docx: DocxPool;
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessionService: SessionService;
  sessions: SessionEvents;
  presence: Presence;
  log: Logger;
}

function limiter(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) => next(limitReached(`too many ${what}; wait a minute and try again`, "rate_limited")),
  });
}

export function createApp(deps: AppDeps) {
  const { config } = deps;
  const app = express();
  app.disable("x-powered-by");
  // One log line per request, with an id the client also gets (X-Request-Id) to quote in a report.
  // Only method, path and status: no headers (tokens), no query strings, no bodies (names).
  app.use(
    pinoHttp({
      logger: deps.log,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
      // Static files and health checks would drown the log.
      autoLogging: { ignore: (req) => !req.url?.startsWith("/api/") || req.url === "/api/health" },
    }),
  );
  app.set("trust proxy", false);
  // Security headers; the policy is one the app itself passes (the e2e suite fails on any violation).
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // React and the board set element styles from script; no inline <script> is allowed.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: "no-referrer" },
      frameguard: { action: "deny" },
      // Plain http on a local network is a supported setup (one laptop serving a room).
      strictTransportSecurity: false,
    }),
  );

  const api = express.Router();
  api.use(limiter(config.apiRequestsPerMinutePerIp, "requests"));
  // The import route parses its own, larger body; everything else is small.
  api.use((req, res, next) =>
    req.path === "/workshops/import" ? next() : express.json({ limit: Limits.maxJsonBytes })(req, res, next),
  );
  // Counts and timings only (no names, no content), in the Prometheus text format.
  app.get("/metrics", async (_req, res) => {
    metrics.openWorkshops.set(deps.rooms.size);
    res.type(registry.contentType).send(await registry.metrics());
  });
  api.get("/health", (_req, res) => {
    res.json({ ok: true, uptimeSeconds: Math.round(process.uptime()), openWorkshops: deps.rooms.size });
  });
  api.use(
    workshopRoutes({
      ...deps,
      joinLimiter: limiter(config.joinsPerMinutePerIp, "join attempts"),
      retentionDays: config.retentionDays,
      maxCardsPerBoard: config.maxCardsPerBoard,
    }),
  );
  api.use(exportRoutes(deps));
  api.use((_req, _res, next) => next(new AppError("not_found", "not_found", "no such API endpoint")));
  api.use(errorHandler(deps.log));
  app.use("/api", api);

  // The built client, with client-side routes answered by index.html on reload.
  const indexHtml = path.join(config.clientDist, "index.html");
  app.use(clientFiles(config.clientDist));
  app.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (!fs.existsSync(indexHtml)) {
      res.status(503).type("text/plain").send("The client is not built yet: run `pnpm build`.");
      return;
    }
    res.set("Cache-Control", "no-cache").sendFile(indexHtml);
  });
  app.use(errorHandler(deps.log));
  return app;
}
