import type { TFunction } from "i18next";
import { type GroupBalance, QUIET_MS } from "./balance";

/** A group's name in full: the table and the tooltips have room for it. */
export const groupName = (t: TFunction, row: GroupBalance) => t(`groups.${row.group}`);

/** Why a group is flagged, in a sentence the facilitator can act on; null when it is not. */
export function flagReason(t: TFunction, row: GroupBalance): string | null {
  const group = groupName(t, row);
  if (!row.flag) return null;
  if (row.flag.kind === "missing") return t("balance.missingWhy", { group });
  if (row.flag.reason === "share") return t("balance.shareWhy", { group });
  return t("balance.quietWhy", { group, minutes: Math.round(QUIET_MS / 60_000) });
}

/** What a group's contributions are made of. */
export const breakdown = (t: TFunction, row: GroupBalance) => t("balance.breakdown", { ...row.contributions });

/** The short word on a flagged chip. */
export const flagWord = (t: TFunction, row: GroupBalance) =>
  row.flag?.kind === "missing" ? t("balance.missing") : t("balance.silent");
