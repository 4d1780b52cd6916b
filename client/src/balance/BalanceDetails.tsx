import { useTranslation } from "react-i18next";
import { WatchIcon } from "../components/icons";
import type { GroupBalance } from "./balance";
import { flagReason, flagWord, groupName } from "./explain";

/** The balance in full: what to watch and why, then every group's counts. */
export function BalanceDetails({
  id,
  rows,
  inView,
  onInView,
  onClose,
}: {
  id: string;
  rows: GroupBalance[];
  inView: boolean;
  onInView(inView: boolean): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const flagged = rows.filter((r) => r.flag);
  return (
    <section id={id} className="balance-details" aria-label={t("balance.heading")} data-testid="balance-details">
      <header>
        <h2>{t("balance.heading")}</h2>
        <button type="button" className="button ghost small" onClick={onClose}>
          {t("balance.close")}
        </button>
      </header>
      {flagged.length > 0 ? (
        <ul className="balance-reasons">
          {flagged.map((row) => (
            <li key={row.group} data-testid={`balance-why-${row.group}`}>
              <span className="balance-flag">
                <WatchIcon />
                {flagWord(t, row)}
              </span>{" "}
              {flagReason(t, row)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="balance-well">{t("balance.allWell")}</p>
      )}
      <table className="balance-table">
        <thead>
          <tr>
            <th scope="col">{t("balance.group")}</th>
            <th scope="col">{t("balance.here")}</th>
            <th scope="col">{t("balance.cards")}</th>
            <th scope="col">{t("balance.links")}</th>
            <th scope="col">{t("balance.votes")}</th>
            <th scope="col">{t("balance.scores")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group} className={row.flag ? "flagged" : ""}>
              <th scope="row" title={groupName(t, row)}>
                {t(`balance.short.${row.group}`)}
              </th>
              <td>{row.present}</td>
              <td>{row.contributions.cards}</td>
              <td>{row.contributions.links}</td>
              <td>{row.contributions.votes}</td>
              <td>{row.contributions.scores}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="balance-note">{t("balance.note")}</p>
      <label className="balance-keep">
        <input type="checkbox" checked={inView} onChange={(e) => onInView(e.target.checked)} />
        {t("balance.keepInView")}
      </label>
    </section>
  );
}
