import { forbidden, notFound } from "../domain/errors";
import type { DocxPool } from "../export/docxPool";
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from "../export/formats";
import type { SessionService } from "../session/service";
import type { ParticipantRow, Storage } from "../storage/types";
import type { Rooms } from "../sync/rooms";
import { readWorkshopDoc } from "../sync/workshopDoc";
import type { WriteBatcher } from "../sync/writeBatcher";

export interface ExportDeps {
  storage: Storage;
  rooms: Rooms;
  batcher: WriteBatcher;
  sessionService: SessionService;
  docx: DocxPool;
}

/** One exported file, ready to send. */
export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  inline: boolean;
  /** The workshop's title, for the file name. */
  title: string;
}

/**
 * Builds an export from stored state, the same way for every format: facilitators always, everyone
 * else once the facilitator shares the exports.
 */
export async function exportWorkshop(
  deps: ExportDeps,
  viewer: ParticipantRow,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const workshopId = viewer.workshopId;
  const workshop = await deps.storage.getWorkshop(workshopId);
  if (!workshop) throw notFound("workshop");
  const session = await deps.sessionService.get(workshopId);
  if (viewer.role !== "facilitator" && !session.exportsAllowed) {
    throw forbidden("the facilitator has not shared the exports");
  }
  const doc = await readWorkshopDoc(deps.rooms, deps.storage, deps.batcher, workshopId);
  const participants = await deps.storage.listParticipants(workshopId);
  const spec = EXPORT_FORMATS[format];
  const body = await spec.render({ workshop, doc, session, participants, viewer, options }, deps.docx);
  return { body, contentType: spec.contentType, inline: "inline" in spec && spec.inline, title: workshop.title };
}
