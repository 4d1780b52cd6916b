import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFiles, preferredEncoding } from "./clientFiles";

const script = `export const board = ${JSON.stringify("Kongekrabbe og levende sjømat – Tromsø ".repeat(400))};\n`;
let dir: string;
let base: string;
let close: () => void;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "oppdag-dist-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "assets", "WorkshopPage-abc123.js"), script);
  fs.writeFileSync(path.join(dir, "assets", "tiny-abc123.js"), "export{};");
  fs.writeFileSync(path.join(dir, "favicon.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${" ".repeat(2000)}</svg>`);
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside");
  // What `pnpm build` writes beside an asset (client/scripts/precompress.mjs), here marked so the
  // test can tell it from one the server made.
  const built = `export const built = ${JSON.stringify("Forhåndskomprimert ".repeat(200))};\n`;
  fs.writeFileSync(path.join(dir, "assets", "PlanPanel-def456.js"), built);
  fs.writeFileSync(path.join(dir, "assets", "PlanPanel-def456.js.br"), zlib.brotliCompressSync(`${built}// br\n`));
  fs.writeFileSync(path.join(dir, "assets", "PlanPanel-def456.js.gz"), zlib.gzipSync(`${built}// gz\n`));
  const app = express();
  app.use(clientFiles(path.join(dir)));
  app.use((_req, res) => res.status(404).end());
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** fetch() would decompress by itself; node's http shows the bytes as sent. */
async function raw(urlPath: string, acceptEncoding?: string) {
  const { request } = await import("node:http");
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${base}${urlPath}`, {
        headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("client files", () => {
  it("sends the build's precompressed copy when there is one", async () => {
    const br = await raw("/assets/PlanPanel-def456.js", "br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toMatch(/\/\/ br\n$/);
    const gz = await raw("/assets/PlanPanel-def456.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toMatch(/\/\/ gz\n$/);
  });

  it("sends hashed scripts as brotli, cached for a year", async () => {
    const res = await raw("/assets/WorkshopPage-abc123.js", "gzip, deflate, br, zstd");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("falls back to gzip, then to the file as it is", async () => {
    const gz = await raw("/assets/WorkshopPage-abc123.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await raw("/assets/WorkshopPage-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const refused = await raw("/assets/WorkshopPage-abc123.js", "br;q=0, gzip;q=0");
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves tiny files alone and caches unhashed files briefly", async () => {
    const tiny = await raw("/assets/tiny-abc123.js", "br");
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("export{};");
    const icon = await raw("/favicon.svg", "br");
    expect(icon.headers["content-encoding"]).toBe("br");
    expect(icon.headers["cache-control"]).toBe("public, max-age=3600");
  });

  it("serves nothing outside the build and passes unknown paths on", async () => {
    expect((await raw("/assets/%2e%2e/%2e%2e/etc/passwd", "br")).status).toBe(404);
    expect((await raw("/assets/missing-abc.js", "br")).status).toBe(404);
    expect((await raw("/w/abc", "br")).status).toBe(404);
  });

  it("reads Accept-Encoding as browsers send it", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
