import type { CardKind } from "@oppdag/shared";

/**
 * Demo content from the strategy texts the product grew out of (Troms' business strategy, the
 * ministry's king crab example, Kronoberg's challenges), for screenshots and realistic tests.
 */
export const DEMO_WORKSHOP = {
  title: "Fra hav til bord – smart spesialisering i Troms",
  region: "Troms",
};

export const DEMO_CARDS: Array<{ kind: CardKind; text: string }> = [
  { kind: "strength", text: "Kongekrabbe i Øst-Finnmark og Troms" },
  { kind: "opportunity", text: "Levende sjømat med sporbarhet til Asia" },
  { kind: "strength", text: "Sterkt IT-miljø i Tromsø" },
  { kind: "opportunity", text: "Naturbasert reiseliv hele året" },
  { kind: "challenge", text: "Strukturomvandling och globalisering" },
  { kind: "question", text: "Hvem eier sporingsdataene? – Sámi guolástus" },
];

export const DEMO_LINKS: Array<[number, number, string]> = [
  [0, 1, "hold krabben levende fra hav til bord"],
  [2, 1, "sensorer og sporing"],
];

export const DEMO_NOTES = "Neste steg: kunnskapsbehov om logistikk, partnere i næringsliv og FoU.";
