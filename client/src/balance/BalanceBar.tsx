import "./balance.css";
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { NoteIcon, PersonIcon, ScaleIcon, WatchIcon } from "../components/icons";
import { useDismiss } from "../hooks/useDismiss";
import { BalanceDetails } from "./BalanceDetails";
import type { GroupBalance } from "./balance";
import { breakdown, flagReason, flagWord, groupName } from "./explain";
import { useBalance } from "./useBalance";
import { useKeepInView } from "./useKeepInView";

/**
 * The facilitator's balance of the room, under the session bar: one chip per actor group (people
 * here, contributions) with a calm "missing" or "quiet" on a group to watch, and the details one
 * press away. Narrow screens show the summary only (balance.css).
 */
export function BalanceBar({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const rows = useBalance(doc);
  const [open, setOpen] = useState(false);
  const [inView, setInView] = useKeepInView();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const detailsId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, root, trigger, close);
  const flagged = rows.filter((r) => r.flag).length;
  const state = flagged > 0 ? t("balance.toWatch", { count: flagged }) : t("balance.allHeard");

  return (
    <div className={`balance ${inView ? "with-chips" : ""}`} ref={root} data-testid="balance-bar">
      <button
        ref={trigger}
        type="button"
        className={`balance-summary ${flagged > 0 ? "to-watch" : ""}`}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => setOpen((o) => !o)}
        data-testid="balance-summary"
        data-flagged={flagged}
      >
        <ScaleIcon />
        <span>{t("balance.button")}</span>
        <span className="balance-state">
          {flagged > 0 && <WatchIcon />}
          {/* Beside the chips a number says enough; alone, the words (balance.css picks one). */}
          {/* Read out as the words: its name is the text shown, whichever balance.css shows. */}
          {flagged > 0 && (
            <span className="balance-short">
              <span aria-hidden="true">{flagged}</span>
              <span className="visually-hidden">{state}</span>
            </span>
          )}
          <span className="balance-long">{state}</span>
        </span>
      </button>
      {inView && (
        <ul className="balance-groups" aria-label={t("balance.heading")}>
          {rows.map((row) => (
            <BalanceChip key={row.group} row={row} />
          ))}
        </ul>
      )}
      {open && <BalanceDetails id={detailsId} rows={rows} inView={inView} onInView={setInView} onClose={close} />}
    </div>
  );
}

function BalanceChip({ row }: { row: GroupBalance }) {
  const { t } = useTranslation();
  const why = flagReason(t, row);
  return (
    <li
      className={`balance-chip ${row.flag ? `flagged ${row.flag.kind}` : ""}`}
      title={[groupName(t, row), breakdown(t, row), why].filter(Boolean).join("\n")}
      data-testid={`balance-${row.group}`}
      data-present={row.present}
      data-total={row.total}
      data-flag={row.flag?.kind ?? ""}
    >
      <span className="visually-hidden">
        {t("balance.chip", { group: groupName(t, row), present: row.present, total: row.total })}
      </span>
      <span className="balance-name" aria-hidden="true">
        {t(`balance.short.${row.group}`)}
      </span>
      <span className="balance-num" aria-hidden="true">
        <PersonIcon />
        {row.present}
      </span>
      <span className="balance-num" aria-hidden="true">
        <NoteIcon />
        {row.total}
      </span>
      {row.flag && (
        <span className="balance-flag">
          <WatchIcon />
          {flagWord(t, row)}
        </span>
      )}
    </li>
  );
}
