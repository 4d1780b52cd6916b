import { type ActionItem, type CreateWorkshopResult, EXPORT_LABELS } from "@oppdag/shared";
import { HOSTILE_TEXT, seedFieldValues, seedWorkshopJson } from "@oppdag/shared/fixtures";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connected, controlClient } from "./helpers/clients";
import { api, inviteToken, join } from "./helpers/factories";
import { startServer, type TestServer } from "./helpers/serverProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.kill();
});

/** The seed workshop imported into the real server, with its people joined through the invite link. */
async function seededWorkshop(language: "nb" | "sv") {
  const json = seedWorkshopJson(language);
  const created = await api<CreateWorkshopResult>(server.url, "POST", "/workshops/import", json);
  expect(created.status).toBe(201);
  const id = created.body.workshop.id;
  const facilitator = await join(
    server.url,
    id,
    inviteToken(created.body.invites.facilitator),
    "Fasilitator",
    "facilitator",
  );
  const people = [];
  for (const p of json.participants) {
    people.push(await join(server.url, id, inviteToken(created.body.invites.participant), p.name, p.actorGroup));
  }
  // The schema types action items loosely (their text fields are checked one by one); these are whole.
  return { id, facilitator, people, json, items: json.actionItems as unknown as ActionItem[] };
}

async function download(path: string, token: string) {
  const res = await fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Word's paragraphs as [style, text], read straight from the package's XML, not by the code that wrote it. */
async function wordParagraphs(docx: Buffer): Promise<{ xml: string; paragraphs: Array<[string, string]> }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false }).parse(xml);
  const paragraphs: Array<[string, string]> = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (node["w:p"]) {
        let style = "";
        let text = "";
        const inner = (list: unknown[]) => {
          for (const n of list as Array<Record<string, unknown>>) {
            if (n["w:pStyle"] !== undefined) style = String((n[":@"] as Record<string, string>)?.["@_w:val"] ?? "");
            if (n["w:t"])
              text += (n["w:t"] as Array<{ "#text"?: unknown }>).map((t) => String(t["#text"] ?? "")).join("");
            for (const [key, value] of Object.entries(n))
              if (key !== ":@" && key !== "w:t" && Array.isArray(value)) inner(value);
          }
        };
        inner(node["w:p"] as unknown[]);
        paragraphs.push([style, text]);
        continue;
      }
      for (const [key, value] of Object.entries(node)) if (key !== ":@" && Array.isArray(value)) walk(value);
    }
  };
  walk(parsed);
  return { xml, paragraphs };
}

describe.each(["nb", "sv"] as const)("Word export of the %s seed workshop", (language) => {
  it("gives every heading style an outline level, so navigators and PDFs find the outline", async () => {
    const { id, facilitator } = await seededWorkshop(language);
    const zip = await JSZip.loadAsync((await download(`/workshops/${id}/export.docx`, facilitator.token)).body);
    const xml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(XMLValidator.validate(xml)).toBe(true);
    const styles = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "w:style" }).parse(xml)[
      "w:styles"
    ]["w:style"] as Array<Record<string, Record<string, Record<string, string>>>>;
    const outline = (styleId: string) => {
      const style = styles.find((st) => (st as unknown as Record<string, string>)["@_w:styleId"] === styleId);
      return style?.["w:pPr"]?.["w:outlineLvl"]?.["@_w:val"];
    };
    expect([1, 2, 3, 4].map((n) => outline(`Heading${n}`))).toEqual(["0", "1", "2", "3"]);
  });

  it("has real headings and tables, every field of every item, and the Nordic letters", async () => {
    const { id, facilitator, json, items } = await seededWorkshop(language);
    const l = EXPORT_LABELS[language];
    const res = await download(`/workshops/${id}/export.docx`, facilitator.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".*\.docx"; filename\*=UTF-8''/);

    // The package's own XML: well-formed, with Word's heading styles and real tables.
    const { xml, paragraphs } = await wordParagraphs(res.body);
    const headings = (style: string) => paragraphs.filter(([s]) => s === style).map(([, t]) => t);
    expect(headings("Title")).toEqual([json.workshop.title]);
    expect(headings("Heading1")).toEqual(
      expect.arrayContaining([
        `${l.kindsPlural.strength} (${json.board.cards.filter((c) => c.kind === "strength").length})`,
        l.actionPlan,
        l.notes,
      ]),
    );
    expect(headings("Heading2")).toEqual(expect.arrayContaining([l.summary, l.matrix, `1. ${items[0]?.focusArea}`]));
    expect(headings("Heading3")).toContain(`1a. ${items[0]?.title}`);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(3 + json.actionItems.length);

    // An independent reader (mammoth) finds every field of every item, verbatim, hostile text included.
    const { value: text } = await mammoth.extractRawText({ buffer: res.body });
    for (const value of seedFieldValues(language)) expect(text).toContain(value);
    for (const p of json.participants) expect(text).toContain(p.name);
    for (const quadrant of Object.values(l.quadrants)) expect(text).toContain(quadrant);
    expect(text).toMatch(language === "nb" ? /[æøåÆØÅ]/ : /[äöåÄÖÅ]/);
    const { value: html } = await mammoth.convertToHtml({ buffer: res.body });
    expect(html).toContain(`<h1>${l.actionPlan}</h1>`);
    expect(html).toContain("<table>");
    expect(html).not.toContain("<script");
    if (language === "nb") expect(text).toContain(HOSTILE_TEXT);
  });
});

describe("document exports", () => {
  it("the print page and the board image come from stored state, escaped, with no script", async () => {
    const { id, facilitator, json, items } = await seededWorkshop("nb");
    const page = await download(`/workshops/${id}/export.html`, facilitator.token);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = page.body.toString("utf8");
    expect(html).not.toContain("<script");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain(items[0]?.title);

    const svg = await download(`/workshops/${id}/export.svg`, facilitator.token);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    const image = svg.body.toString("utf8");
    expect(XMLValidator.validate(image)).toBe(true);
    for (const card of json.board.cards.slice(0, 3)) expect(image).toContain(card.text.split(" ")[0]);
  });

  it("participants download only when the facilitator allows it, and never see names in an anonymous workshop", async () => {
    const { id, facilitator, people } = await seededWorkshop("nb");
    const kari = people[0];
    if (!kari) throw new Error("no participant");
    for (const ext of ["docx", "md", "csv", "json", "html", "svg"]) {
      expect((await download(`/workshops/${id}/export.${ext}`, kari.token)).status).toBe(403);
    }

    const f = controlClient(server.url, id, facilitator.token);
    await connected(f);
    expect(await f.emitWithAck("exports:allow", { allowed: true })).toMatchObject({ ok: true });
    const k = controlClient(server.url, id, kari.token);
    await connected(k);
    // Only a facilitator may share them.
    expect(await k.emitWithAck("exports:allow", { allowed: true })).toMatchObject({ ok: false });
    for (const ext of ["docx", "md", "csv", "json", "html", "svg"]) {
      expect((await download(`/workshops/${id}/export.${ext}`, kari.token)).status).toBe(200);
    }

    expect(await f.emitWithAck("anonymous:set", { active: true })).toMatchObject({ ok: true });
    const md = (await download(`/workshops/${id}/export.md`, kari.token)).body.toString("utf8");
    const json = (await download(`/workshops/${id}/export.json`, kari.token)).body.toString("utf8");
    const docx = await mammoth.extractRawText({
      buffer: (await download(`/workshops/${id}/export.docx`, kari.token)).body,
    });
    for (const text of [md, json, docx.value]) expect(text).not.toContain("Máret Gaup");
    expect(md).toContain(EXPORT_LABELS.nb.namesHidden);

    expect(await f.emitWithAck("exports:allow", { allowed: false })).toMatchObject({ ok: true });
    expect((await download(`/workshops/${id}/export.docx`, kari.token)).status).toBe(403);
    f.disconnect();
    k.disconnect();
  });
});
