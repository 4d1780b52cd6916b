import { addCard, addLink } from "@oppdag/shared";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { boardStoreFor } from "./useBoardModel";

// Counts how often the model is re-read from the document.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock("@oppdag/shared", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@oppdag/shared")>();
  return {
    ...actual,
    rereadBoard: (...args: Parameters<typeof actual.rereadBoard>) => {
      builds.count++;
      return actual.rereadBoard(...args);
    },
  };
});

const author = { id: "p1", group: "industry" as const };

describe("boardStoreFor", () => {
  beforeEach(() => {
    builds.count = 0;
  });

  it("is one store per document, whoever asks", () => {
    const doc = new Y.Doc();
    expect(boardStoreFor(doc)).toBe(boardStoreFor(doc));
    expect(boardStoreFor(new Y.Doc())).not.toBe(boardStoreFor(doc));
  });

  it("re-reads the model once per update however many components read it", () => {
    const doc = new Y.Doc();
    const store = boardStoreFor(doc);
    const readers = [vi.fn(), vi.fn(), vi.fn(), vi.fn()];
    for (const reader of readers) store.subscribe(reader);
    builds.count = 0;
    // One transaction touching cards and links, as a paste does.
    doc.transact(() => {
      const a = addCard(doc, { kind: "idea", x: 0, y: 0 }, author);
      const b = addCard(doc, { kind: "idea", x: 400, y: 0 }, author);
      addLink(doc, a, b, author);
    });
    for (const reader of readers) expect(reader).toHaveBeenCalledTimes(1);
    for (let i = 0; i < readers.length; i++) store.getSnapshot();
    expect(builds.count).toBe(1);
    expect(store.getSnapshot().cards).toHaveLength(2);
  });

  it("keeps the identity of what did not change", () => {
    const doc = new Y.Doc();
    const store = boardStoreFor(doc);
    store.subscribe(() => {});
    const a = addCard(doc, { kind: "idea", x: 0, y: 0 }, author);
    const before = store.getSnapshot();
    addCard(doc, { kind: "idea", x: 400, y: 0 }, author);
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.cards.find((c) => c.id === a)).toBe(before.cards.find((c) => c.id === a));
    expect(store.getSnapshot()).toBe(after);
  });

  it("picks up changes made while nobody listened, once", () => {
    const doc = new Y.Doc();
    const store = boardStoreFor(doc);
    addCard(doc, { kind: "idea", x: 0, y: 0 }, author);
    const snapshot = store.getSnapshot();
    expect(snapshot.cards).toHaveLength(1);
    expect(store.getSnapshot()).toBe(snapshot);
  });
});
