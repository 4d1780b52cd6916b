import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { normaliseOrigin, type OriginPolicy, originAllowed } from "./origin";

function upgrade(origin: string | undefined, host: string, encrypted = false): IncomingMessage {
  return { headers: { origin, host }, socket: { encrypted } } as unknown as IncomingMessage;
}
const sameHost: OriginPolicy = { publicOrigin: null, allowed: [] };
const configured: OriginPolicy = { publicOrigin: "https://oppdag.example.no", allowed: ["https://proxy.example.no"] };

describe("originAllowed", () => {
  it("without PUBLIC_URL compares scheme, host and port with the request's own", () => {
    expect(originAllowed(upgrade("http://127.0.0.1:3000", "127.0.0.1:3000"), sameHost)).toBe(true);
    expect(originAllowed(upgrade("https://127.0.0.1:3000", "127.0.0.1:3000"), sameHost)).toBe(false);
    expect(originAllowed(upgrade("http://127.0.0.1:3001", "127.0.0.1:3000"), sameHost)).toBe(false);
    expect(originAllowed(upgrade("http://127.0.0.1", "127.0.0.1:80"), sameHost)).toBe(true);
    expect(originAllowed(upgrade("https://app.example", "app.example", true), sameHost)).toBe(true);
    expect(originAllowed(upgrade("https://evil.example", "app.example", true), sameHost)).toBe(false);
  });

  it("with PUBLIC_URL ignores the Host header, so a rebinding Host proves nothing", () => {
    expect(originAllowed(upgrade("https://oppdag.example.no", "10.0.0.5:3000"), configured)).toBe(true);
    expect(originAllowed(upgrade("https://oppdag.example.no:443", "x"), configured)).toBe(true);
    expect(originAllowed(upgrade("http://oppdag.example.no", "oppdag.example.no"), configured)).toBe(false);
    expect(originAllowed(upgrade("https://oppdag.example.no:8443", "x"), configured)).toBe(false);
    expect(originAllowed(upgrade("http://rebind.example:3000", "rebind.example:3000"), configured)).toBe(false);
    expect(originAllowed(upgrade("https://proxy.example.no", "x"), configured)).toBe(true);
  });

  it("refuses origins that are not http(s) URLs and lets programs without an Origin through", () => {
    expect(originAllowed(upgrade("null", "127.0.0.1:3000"), sameHost)).toBe(false);
    expect(originAllowed(upgrade("file://", "127.0.0.1:3000"), sameHost)).toBe(false);
    expect(originAllowed(upgrade(undefined, "127.0.0.1:3000"), sameHost)).toBe(true);
  });
});

describe("normaliseOrigin", () => {
  it("drops default ports, paths and case", () => {
    expect(normaliseOrigin("HTTPS://Oppdag.Example.no:443/verksted")).toBe("https://oppdag.example.no");
    expect(normaliseOrigin("javascript:alert(1)")).toBeNull();
  });
});
