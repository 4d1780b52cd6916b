import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "./api";
import { describeError } from "./errors";

/** Returns the key, so each case shows which message it chose. */
const t = ((key: string) => key) as unknown as TFunction;

describe("describeError", () => {
  it("explains in the person's language what we know", () => {
    expect(describeError(new ApiFailure(0, "network", "network"), t)).toBe("errors.network");
    expect(describeError(new ApiFailure(429, "rate_limited", "Too many requests"), t)).toBe("errors.rateLimited");
    expect(describeError(new ApiFailure(429, "unknown", "Too Many Requests"), t)).toBe("errors.rateLimited");
    expect(describeError(new ApiFailure(410, "invite_revoked", "revoked"), t)).toBe("errors.inviteRevoked");
    expect(describeError(new ApiFailure(404, "not_found", "no such workshop"), t)).toBe("errors.unknownWorkshop");
  });

  it("keeps the server's precise message for other refusals, and hides server errors", () => {
    expect(describeError(new ApiFailure(400, "invalid_request", "name: too long"), t)).toBe("name: too long");
    expect(describeError(new ApiFailure(500, "internal", "stack trace"), t)).toBe("errors.generic");
    expect(describeError(new ApiFailure(502, "unknown", "Bad Gateway"), t)).toBe("errors.generic");
    expect(describeError(new Error("boom"), t)).toBe("errors.generic");
  });

  it("describes a refused control request by its code", () => {
    expect(describeError({ ok: false, error: "forbidden", message: "Only facilitators can do that" }, t)).toBe(
      "Only facilitators can do that",
    );
    expect(describeError({ ok: false, error: "rate_limited", message: "slow down" }, t)).toBe("errors.rateLimited");
    expect(describeError({ ok: false, error: "no_targets", message: "nothing matches" }, t)).toBe("errors.noTargets");
    expect(describeError({ ok: false, error: "internal", message: "db locked" }, t)).toBe("errors.generic");
    expect(describeError({ ok: false, error: "no-such-code", message: "?" }, t)).toBe("errors.generic");
  });
});
