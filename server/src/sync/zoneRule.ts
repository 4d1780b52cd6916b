import { centreInside, DocKeys, readCard, readZone } from "@oppdag/shared";
import * as Y from "yjs";
import { cardWrites } from "./cardWrites";
import { asReading, type UpdateReading } from "./updatePlaces";

const num = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/**
 * Whether an update changes or deletes a card outside the zone (its text too), or moves or creates
 * one out of it: the rule of thematic groups that keep to their own zone. A card belongs to a zone
 * by its centre, as everywhere on the board. A zone that is gone restricts nothing.
 */
export function writesOutsideZone(doc: Y.Doc, update: Uint8Array | UpdateReading, zoneId: string): boolean {
  const zoneMap = doc.getMap(DocKeys.zones).get(zoneId);
  if (!(zoneMap instanceof Y.Map)) return false;
  const zone = readZone(zoneId, zoneMap);
  const cards = doc.getMap(DocKeys.cards);
  const reading = asReading(doc, update);
  for (const place of reading.deleted()) {
    if (place?.root !== DocKeys.cards || !place.key) continue;
    const stored = cards.get(place.key);
    if (stored instanceof Y.Map && !centreInside(readCard(place.key, stored), zone)) return true;
  }
  for (const [id, write] of cardWrites(doc, reading)) {
    const stored = cards.get(id);
    const before = stored instanceof Y.Map && !write.created ? readCard(id, stored) : null;
    if (before && !centreInside(before, zone)) return true;
    const f = write.fields;
    const after = {
      x: num(f.get("x"), before?.x ?? 0),
      y: num(f.get("y"), before?.y ?? 0),
      w: num(f.get("w"), before?.w ?? 200),
      h: num(f.get("h"), before?.h ?? 120),
    };
    if (!centreInside(after, zone)) return true;
  }
  return false;
}
