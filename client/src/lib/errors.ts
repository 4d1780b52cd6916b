import type { TFunction } from "i18next";
import { ApiFailure } from "./api";

/** A message for the person in front of the screen, in their language where we know the case. */
export function describeError(err: unknown, t: TFunction): string {
  if (err instanceof ApiFailure) {
    if (err.code === "network") return t("errors.network");
    if (err.status === 429) return t("errors.rateLimited");
    if (err.code === "invite_revoked") return t("errors.inviteRevoked");
    if (err.status === 404) return t("errors.unknownWorkshop");
    // The server's own message is precise (which field, which limit); it is English.
    if (err.status < 500) return err.message;
  }
  return t("errors.generic");
}
