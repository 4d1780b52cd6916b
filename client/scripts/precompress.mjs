// Writes a brotli (.br) and a gzip (.gz) copy beside every built text asset, at the highest
// levels, once per build: the server sends them as they are (server/src/http/clientFiles.ts)
// instead of compressing at start, which held about 38 MB of the idle server's memory.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "../dist"));
const TEXT = new Set([".js", ".mjs", ".css", ".svg", ".json", ".txt", ".html"]);
// As the server: below this, compression saves less than the headers it adds.
const MIN_BYTES = 1024;

let files = 0;
let raw = 0;
let br = 0;
for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !TEXT.has(path.extname(entry.name).toLowerCase())) continue;
  const file = path.join(entry.parentPath, entry.name);
  const body = fs.readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const brotli = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }));
  files++;
  raw += body.length;
  br += brotli.length;
}
console.log(`precompressed ${files} files: ${(raw / 1024).toFixed(0)} KB, ${(br / 1024).toFixed(0)} KB as brotli`);
