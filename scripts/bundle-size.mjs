// What a browser downloads to open each page of the built client: the entry chunks from
// index.html, the page's own chunk and every chunk they import statically, gzip-compressed.
// Lazy chunks (notes, plan, share dialog) are listed apart. Run after `pnpm build`:
// `node scripts/bundle-size.mjs [client/dist]`.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(process.argv[2] ?? "client/dist");
const assets = path.join(dist, "assets");
const gzip = (file) => gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).byteLength;
const staticImports = (file) =>
  [...fs.readFileSync(path.join(assets, file), "utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
function closure(roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (files) => [...files].reduce((sum, f) => sum + gzip(f), 0);

const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const entry = [...html.matchAll(/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const chunk = (name) => fs.readdirSync(assets).find((f) => f.startsWith(`${name}-`) && f.endsWith(".js"));
const css = fs.readdirSync(assets).filter((f) => f.endsWith(".css"));

// Every page also loads the person's own language, a chunk of its own (client/src/i18n): counted
// here as the largest of them, so a first load is never reported smaller than someone gets.
const languages = ["en", "nb", "sv"].map((l) => chunk(l)).filter(Boolean);
const language = languages.length > 0 ? Math.max(...languages.map(gzip)) : 0;
const withLanguage = (files) => total(files) + language;

const lines = [];
for (const page of ["WorkshopPage", "JoinPage", "LandingPage"]) {
  const file = chunk(page);
  if (!file) continue;
  lines.push(
    `${page.padEnd(16)} first load ${kb(withLanguage(closure([...entry, file])))} JS gzip + ${kb(total(css))} CSS`,
  );
}
// The canvas is its own chunk: a wide screen starts loading it with the workshop page, a phone
// (which opens on the card list) when the board is first shown.
const board = chunk("Board");
const workshop = chunk("WorkshopPage");
if (board && workshop) {
  const wide = closure([...entry, workshop, board]);
  lines.push(
    `${"  + Board".padEnd(16)} wide screen ${kb(withLanguage(wide))} JS gzip (the board's own chunk ${kb(gzip(board))})`,
  );
}
for (const lazy of ["NotesPanel", "ActionPlanPanel", "ShareDialog"]) {
  const file = chunk(lazy);
  if (file) lines.push(`${lazy.padEnd(16)} on demand  ${kb(gzip(file))} JS gzip`);
}
if (language > 0) lines.push(`${"(each first load".padEnd(16)} includes one language, ${kb(language)})`);
console.log(lines.join("\n"));
