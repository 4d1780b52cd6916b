import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyTextDiff } from "./textDiff";

function textDoc(initial: string) {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, initial);
  return { doc, text };
}

describe("applyTextDiff", () => {
  it.each([
    ["", "kongekrabbe"],
    ["kongekrabbe", ""],
    ["Sjømat fra Troms", "Sjømat og reiseliv fra Troms"],
    ["Västra Götaland", "Västra Göta"],
    ["Sámi duodji", "Sámi duodji ja čállin"],
    ["a😀b", "a😁b"],
  ])("turns %j into %j", (from, to) => {
    const { text } = textDoc(from);
    applyTextDiff(text, to);
    expect(text.toString()).toBe(to);
  });

  it("merges two people typing into the same text at once", () => {
    const a = textDoc("Fiskeri");
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    applyTextDiff(a.text, "Fiskeri og havbruk");
    applyTextDiff(b.getText("t"), "Kystfiskeri");
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    expect(a.text.toString()).toBe("Kystfiskeri og havbruk");
    expect(b.getText("t").toString()).toBe(a.text.toString());
  });
});
