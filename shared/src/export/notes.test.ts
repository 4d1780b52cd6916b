import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardMaps } from "../board/doc";
import { isSafeHref, notesToBlocks } from "./notes";

describe("isSafeHref", () => {
  it("allows absolute web addresses and e-mail addresses", () => {
    for (const href of [
      "https://www.troms.no",
      "http://example.org/path?q=1#frag",
      "HTTPS://EXAMPLE.ORG",
      "mailto:post@tromsfylke.no",
      "MailTo:kari@example.no?subject=Verksted",
    ])
      expect(isSafeHref(href), href).toBe(true);
  });

  it("refuses script, data and other schemes, however they are dressed up", () => {
    for (const href of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "\tjavascript:alert(1)",
      "\njavascript:alert(1)",
      "\u0000javascript:alert(1)",
      "java\tscript:alert(1)",
      "javascript://https://example.org/%0aalert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org",
      "blob:https://example.org/uuid",
      " https://example.org",
    ])
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false);
  });

  it("refuses relative and scheme-relative addresses", () => {
    for (const href of [
      "",
      "/api/workshops",
      "../admin",
      "./notes",
      "#top",
      "?q=1",
      "www.example.org",
      "//evil.example",
      "https:evil.example",
      "https:/evil.example",
      "https:\\\\evil.example",
    ])
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false);
  });
});

describe("notesToBlocks", () => {
  it("keeps only the links isSafeHref allows, and all of the text", () => {
    const doc = new Y.Doc();
    const para = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    para.insert(0, [text]);
    boardMaps(doc).notes.insert(0, [para]);
    const hrefs = [
      "https://www.troms.no",
      " javascript:alert(1)",
      "data:text/html,x",
      "https:relative",
      "mailto:a@b.no",
    ];
    hrefs.forEach((href, i) => {
      text.insert(text.length, `lenke${i} `, { link: { href } });
    });
    const [block] = notesToBlocks(boardMaps(doc).notes);
    if (block?.type !== "paragraph") throw new Error("expected one paragraph");
    expect(block.runs.map((r) => r.text).join("")).toBe("lenke0 lenke1 lenke2 lenke3 lenke4 ");
    expect(block.runs.filter((r) => r.href).map((r) => r.href)).toEqual(["https://www.troms.no", "mailto:a@b.no"]);
  });
});
