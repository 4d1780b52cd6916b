import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import express, { type RequestHandler } from "express";

/** Vite names every built asset by its content hash: a new build is a new URL, so a year is safe. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Other files (the favicon) may change under the same name. */
const SHORT = "public, max-age=3600";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};
// Source maps are left out: only developer tools ask for them, and they are megabytes to compress.
/** Below this, compression saves less than the headers it adds. */
const MIN_BYTES = 1024;

type Encoding = "br" | "gzip";
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding to answer with: brotli where the browser takes it (every current one), else gzip. */
export function preferredEncoding(accept: string | undefined): Encoding | null {
  const offered = new Map(
    (accept ?? "")
      .split(",")
      .map((part) => part.trim().split(";q="))
      .map(([name, q]) => [name?.trim().toLowerCase() ?? "", q === undefined ? 1 : Number(q)] as const),
  );
  const takes = (name: string) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return null;
}

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // In libuv's thread pool, off the event loop that serves the live boards.
  return encoding === "br"
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION });
}

/**
 * The built client's files. Text assets go out compressed (brotli, else gzip): a phone on a slow
 * network spends most of its wait on the JavaScript, which compresses to a third. `pnpm build`
 * writes the compressed copies (highest levels); each is read once and kept in memory (the build
 * is a few hundred KB compressed). Hashed assets may be cached for a year.
 */
export function clientFiles(dist: string): RequestHandler {
  const root = path.resolve(dist);
  const cache = new Map<string, Promise<Buffer>>();
  const compressed = (file: string, mtimeMs: number, encoding: Encoding) => {
    const key = `${encoding}:${mtimeMs}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = precompressed(file, mtimeMs, encoding).then(
        (ready) => ready ?? fs.promises.readFile(file).then((raw) => compress(raw, encoding)),
      );
      // A failed read may succeed next time (a build being written).
      body.catch(() => cache.delete(key));
      cache.set(key, body);
    }
    return body;
  };
  const cacheControl = (file: string) =>
    path.relative(root, file).startsWith(`assets${path.sep}`) ? IMMUTABLE : SHORT;
  const plain = express.static(root, {
    index: false,
    setHeaders: (res, file) => res.setHeader("Cache-Control", cacheControl(file)),
  });

  return async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const type = TYPES[path.extname(req.path).toLowerCase()];
    const encoding = type ? preferredEncoding(req.headers["accept-encoding"]) : null;
    const file = encoding ? inside(root, req.path) : null;
    const stat = file ? await fs.promises.stat(file).catch(() => null) : null;
    if (!file || !stat?.isFile() || stat.size < MIN_BYTES || !type || !encoding) return plain(req, res, next);
    try {
      const body = await compressed(file, stat.mtimeMs, encoding);
      res.set({
        "Content-Type": type,
        "Content-Encoding": encoding,
        "Content-Length": String(body.length),
        "Cache-Control": cacheControl(file),
        Vary: "Accept-Encoding",
      });
      if (req.method === "HEAD") res.end();
      else res.end(body);
    } catch (err) {
      next(err);
    }
  };
}

/** The file a URL path names inside `root`, or null for anything that would leave it. */
function inside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * The copy `pnpm build` wrote beside the file (client/scripts/precompress.mjs), if it is as new as
 * the file: no compression at start or on the first visit, and none of its memory held after.
 * A build made without it (vite alone) is compressed on first request instead.
 */
async function precompressed(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer | null> {
  const copy = `${file}.${encoding === "br" ? "br" : "gz"}`;
  const stat = await fs.promises.stat(copy).catch(() => null);
  if (!stat?.isFile() || stat.mtimeMs < mtimeMs) return null;
  return fs.promises.readFile(copy).catch(() => null);
}
