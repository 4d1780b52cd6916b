import type { WorkshopTemplate } from "./types";

/** An empty board with no agenda: the facilitator builds both as they go. */
export const blank: WorkshopTemplate = {
  id: "blank",
  text: {
    en: { name: "Blank board", summary: "An empty board and no agenda. Add zones and phases as you go." },
    nb: { name: "Tom tavle", summary: "En tom tavle uten agenda. Legg til soner og faser underveis." },
    sv: { name: "Tom tavla", summary: "En tom tavla utan agenda. Lägg till zoner och faser efter hand." },
  },
  zones: [],
  phases: [],
};
