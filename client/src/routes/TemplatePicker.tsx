import { type Language, localizeTemplate, TEMPLATE_IDS, type TemplateId } from "@oppdag/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BoardThumbnail } from "./BoardThumbnail";
import "./templates.css";

/**
 * The create form's choice of template: one radio card each, with a picture of its board, and
 * the chosen one's summary and agenda below. Content is shown in the workshop's language, the
 * language it will be written in.
 */
export function TemplatePicker({
  value,
  language,
  onChange,
}: {
  value: TemplateId;
  language: Language;
  onChange(id: TemplateId): void;
}) {
  const { t } = useTranslation();
  const detailId = useId();
  const chosen = localizeTemplate(value, language);
  const total = chosen.phases.reduce((sum, p) => sum + p.minutes, 0);

  return (
    <fieldset className="template-picker" data-testid="template-picker">
      <legend>{t("templates.legend")}</legend>
      <div className="template-cards">
        {TEMPLATE_IDS.map((id) => {
          const template = localizeTemplate(id, language);
          const minutes = template.phases.reduce((sum, p) => sum + p.minutes, 0);
          return (
            <label
              key={id}
              className={`template-card${id === value ? " selected" : ""}`}
              data-testid={`template-${id}`}
            >
              <input
                type="radio"
                name="template"
                value={id}
                checked={id === value}
                onChange={() => onChange(id)}
                aria-describedby={id === value ? detailId : undefined}
              />
              <BoardThumbnail zones={template.zones} />
              <span className="template-name" lang={language}>
                {template.name}
              </span>
              <span className="template-meta">
                {template.zones.length === 0
                  ? t("templates.empty")
                  : `${t("templates.zones", { count: template.zones.length })} · ${t("templates.minutes", { minutes })}`}
              </span>
            </label>
          );
        })}
      </div>
      <div className="template-detail" id={detailId}>
        <p className="template-summary" lang={language}>
          {chosen.summary}
        </p>
        {chosen.phases.length > 0 && (
          <>
            <h3 className="template-agenda-heading">
              {t("templates.agenda")} <span>{t("templates.minutes", { minutes: total })}</span>
            </h3>
            <ol className="template-agenda" data-testid="template-agenda" lang={language}>
              {chosen.phases.map((phase) => (
                <li key={phase.name}>
                  <span className="template-phase">{phase.name}</span>
                  <span className="template-phase-minutes">{t("templates.minutes", { minutes: phase.minutes })}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </fieldset>
  );
}
