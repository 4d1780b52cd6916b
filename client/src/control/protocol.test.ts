import { HANDSHAKE_REFUSALS, PROTOCOL_VERSION } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { handshakeRefusal, protocolMismatch, retryDelay } from "./protocol";

describe("protocolMismatch", () => {
  it("accepts the version this page was built with", () => {
    expect(protocolMismatch({ protocol: PROTOCOL_VERSION })).toBe(false);
  });

  it("asks for a reload on any other version, or none", () => {
    expect(protocolMismatch({ protocol: PROTOCOL_VERSION + 1 })).toBe(true);
    expect(protocolMismatch({ protocol: PROTOCOL_VERSION - 1 })).toBe(true);
    expect(protocolMismatch({ protocol: String(PROTOCOL_VERSION) })).toBe(true);
    expect(protocolMismatch({})).toBe(true);
    expect(protocolMismatch({ protocol: null })).toBe(true);
  });
});

describe("handshakeRefusal", () => {
  it("reads every reason the server names, from data.reason or the message", () => {
    for (const reason of HANDSHAKE_REFUSALS) {
      expect(handshakeRefusal(Object.assign(new Error(reason), { data: { reason } }))).toBe(reason);
      expect(handshakeRefusal(new Error(reason))).toBe(reason);
    }
  });

  it("prefers data.reason over the message", () => {
    expect(handshakeRefusal(Object.assign(new Error("xhr poll error"), { data: { reason: "forbidden" } }))).toBe(
      "forbidden",
    );
  });

  it("leaves transport failures to socket.io's own retries", () => {
    expect(handshakeRefusal(new Error("websocket error"))).toBeNull();
    expect(handshakeRefusal(new Error("timeout"))).toBeNull();
    expect(handshakeRefusal(Object.assign(new Error("x"), { data: { reason: "toString" } }))).toBeNull();
    expect(handshakeRefusal(Object.assign(new Error("forbidden"), { data: null }))).toBe("forbidden");
  });
});

describe("retryDelay", () => {
  it("backs off from half a second to five, with jitter in the upper half of each step", () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, () => 0))).toEqual([250, 500, 1000, 2000, 2500, 2500]);
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, () => 1))).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });
});
