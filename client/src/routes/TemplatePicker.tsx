import { type Language, type LocalizedZone, localizeTemplate, type SavedTemplate, TEMPLATE_IDS } from "@oppdag/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BoardThumbnail } from "./BoardThumbnail";
import "./templates.css";

/** One card of the picker: a built-in template in the workshop's language, or one saved here. */
interface TemplateOption {
  /** A built-in template's id, or `saved:<id>` (`savedKey`). */
  key: string;
  name: string;
  summary: string;
  zones: LocalizedZone[];
  phases: Array<{ name: string; minutes: number }>;
  language: Language;
  saved: boolean;
}

export const savedKey = (id: string) => `saved:${id}`;

function templateOptions(language: Language, saved: readonly SavedTemplate[]): TemplateOption[] {
  return [
    ...TEMPLATE_IDS.map((id) => ({ ...localizeTemplate(id, language), key: id, language, saved: false })),
    ...saved.map((s) => ({
      key: savedKey(s.id),
      name: s.name,
      summary: s.summary,
      zones: s.zones.map((z) => ({ ...z, kinds: [], instructions: "" })),
      phases: s.phases,
      language: s.language,
      saved: true,
    })),
  ];
}

/**
 * The create form's choice of template: one radio card each, with a picture of its board, and
 * the chosen one's summary and agenda below. Built-in content is shown in the workshop's language,
 * the language it will be written in; templates saved here in the language they were saved in.
 */
export function TemplatePicker({
  value,
  language,
  saved,
  onChange,
}: {
  value: string;
  language: Language;
  saved: readonly SavedTemplate[];
  onChange(key: string): void;
}) {
  const { t } = useTranslation();
  const detailId = useId();
  const options = templateOptions(language, saved);
  const chosen = options.find((o) => o.key === value) ?? (options[0] as TemplateOption);
  const total = chosen.phases.reduce((sum, p) => sum + p.minutes, 0);

  return (
    <fieldset className="template-picker" data-testid="template-picker">
      <legend>{t("templates.legend")}</legend>
      <div className="template-cards">
        {options.map((template) => {
          const minutes = template.phases.reduce((sum, p) => sum + p.minutes, 0);
          const { key } = template;
          return (
            <label
              key={key}
              className={`template-card${key === chosen.key ? " selected" : ""}${template.saved ? " saved" : ""}`}
              data-testid={`template-${key}`}
            >
              <input
                type="radio"
                name="template"
                value={key}
                checked={key === chosen.key}
                onChange={() => onChange(key)}
                aria-describedby={key === chosen.key ? detailId : undefined}
              />
              <BoardThumbnail zones={template.zones} />
              <span className="template-name" lang={template.language}>
                {template.name}
              </span>
              <span className="template-meta">
                {template.saved && <span className="template-saved">{t("templates.saved")} · </span>}
                {template.zones.length === 0 && template.phases.length === 0
                  ? t("templates.empty")
                  : `${t("templates.zones", { count: template.zones.length })} · ${t("templates.minutes", { minutes })}`}
              </span>
            </label>
          );
        })}
      </div>
      <div className="template-detail" id={detailId}>
        <p className="template-summary" lang={chosen.language}>
          {chosen.summary}
        </p>
        {chosen.phases.length > 0 && (
          <>
            <h3 className="template-agenda-heading">
              {t("templates.agenda")} <span>{t("templates.minutes", { minutes: total })}</span>
            </h3>
            <ol className="template-agenda" data-testid="template-agenda" lang={chosen.language}>
              {chosen.phases.map((phase, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a saved agenda may repeat a phase name
                <li key={i}>
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
