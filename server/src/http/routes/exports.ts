import { CSV_SEPARATORS, type CsvSeparator } from "@oppdag/shared";
import { type Request, Router } from "express";
import { type ExportDeps, exportWorkshop } from "../../commands/exportWorkshop";
import { invalid } from "../../domain/errors";
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from "../../export/formats";
import { actorOf, requireParticipant } from "../auth";
import { contentDisposition } from "../contentDisposition";

/** `?separator=semicolon|comma|tab` for CSV; anything else there is refused, not ignored. */
function optionsOf(query: Request["query"]): ExportOptions {
  const { separator } = query;
  if (separator === undefined) return {};
  if (typeof separator !== "string" || !(CSV_SEPARATORS as readonly string[]).includes(separator)) {
    throw invalid(`separator must be one of ${CSV_SEPARATORS.join(", ")}`);
  }
  return { separator: separator as CsvSeparator };
}

/** GET export.<extension> for every format; the command decides who may and builds the file. */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router();
  for (const extension of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    router.get(`/workshops/:workshopId/export.${extension}`, requireParticipant(deps.storage), async (req, res) => {
      const file = await exportWorkshop(deps, actorOf(req), extension, optionsOf(req.query));
      res
        .type(file.contentType)
        .set("Content-Disposition", contentDisposition(file.title, extension, file.inline))
        .set("Cache-Control", "no-store")
        // Exports hold no script and load nothing: the print page needs only its own styles.
        .set(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
        )
        .send(file.body);
    });
  }
  return router;
}
