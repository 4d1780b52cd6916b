import type { Ack, ErrorCode } from "@oppdag/shared";
import type { TFunction } from "i18next";
import { ApiFailure, type FailureCode, isErrorCode } from "./api";

/** A control request the server refused: the failing half of an ack. */
export type AckFailure = Extract<Ack, { ok: false }>;

export function isAckFailure(value: unknown): value is AckFailure {
  const v = value as Partial<AckFailure> | null;
  return !!v && typeof v === "object" && v.ok === false && isErrorCode(v.error) && typeof v.message === "string";
}

/** Codes whose explanation is ours, in the person's language; the rest keep the server's message. */
const OWN_MESSAGES = {
  network: "errors.network",
  rate_limited: "errors.rateLimited",
  invite_revoked: "errors.inviteRevoked",
  no_targets: "errors.noTargets",
} as const satisfies Partial<Record<FailureCode, string>>;

const hasOwnMessage = (code: FailureCode): code is keyof typeof OWN_MESSAGES => code in OWN_MESSAGES;

/** A message for the person in front of the screen, in their language where we know the case. */
export function describeError(err: unknown, t: TFunction): string {
  if (err instanceof ApiFailure) {
    if (hasOwnMessage(err.code)) return t(OWN_MESSAGES[err.code]);
    // Rate limits and missing workshops by status too: a proxy in front may answer without a code.
    if (err.status === 429) return t("errors.rateLimited");
    if (err.status === 404) return t("errors.unknownWorkshop");
    // The server's own message is precise (which field, which limit); it is English.
    if (err.status < 500) return err.message;
    return t("errors.generic");
  }
  if (isAckFailure(err)) return describeAck(err.error, err.message, t);
  return t("errors.generic");
}

/** A refused control request: our words for what we know, the server's (precise, English) otherwise. */
function describeAck(code: ErrorCode, message: string, t: TFunction): string {
  if (hasOwnMessage(code)) return t(OWN_MESSAGES[code]);
  if (code === "internal") return t("errors.generic");
  return message;
}
