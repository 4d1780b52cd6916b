import { Router } from "express";
import { type ExportDeps, exportWorkshop } from "../../commands/exportWorkshop";
import { EXPORT_FORMATS, type ExportFormat } from "../../export/formats";
import { actorOf, requireParticipant } from "../auth";
import { contentDisposition } from "../contentDisposition";

/** GET export.<extension> for every format; the command decides who may and builds the file. */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router();
  for (const extension of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    router.get(`/workshops/:workshopId/export.${extension}`, requireParticipant(deps.storage), async (req, res) => {
      const file = await exportWorkshop(deps, actorOf(req), extension);
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
