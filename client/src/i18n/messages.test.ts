import { LIMIT_NOTICES } from "@oppdag/shared";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nb } from "./nb";
import { sv } from "./sv";

const LANGUAGES = { en, nb, sv };

describe("messages", () => {
  it("explain every notice the server can send, in every language", () => {
    for (const [language, messages] of Object.entries(LANGUAGES)) {
      const notices = messages.notices as Record<string, string | undefined>;
      for (const code of [...LIMIT_NOTICES, "workshop_full"])
        expect(notices[code], `${language}: ${code}`).toBeTruthy();
    }
  });

  it("ask for a reload when the app was updated, in every language", () => {
    for (const messages of Object.values(LANGUAGES)) {
      expect(messages.errors.appUpdated).toBeTruthy();
      expect(messages.errors.reload).toBeTruthy();
    }
  });
});
