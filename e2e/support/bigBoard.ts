import {
  ACTOR_GROUPS,
  type CardKind,
  WORKSHOP_JSON_FORMAT,
  WORKSHOP_JSON_VERSION,
  type WorkshopJson,
} from "@oppdag/shared";
import { api } from "../../server/test/helpers/factories";
import { baseUrl } from "./pages";

/**
 * What a room in Troms writes in a long discovery workshop, from the county's business strategy
 * and action-plan template (the public texts in ../shared/seeds): each topic is written down
 * several times, from several places, as people do.
 */
const TOPICS: Array<{ kind: CardKind; text: string }> = [
  { kind: "strength", text: "Kongekrabbe og levende sjømat" },
  { kind: "strength", text: "UiT og instituttsektoren" },
  { kind: "strength", text: "Sterkt IT-miljø og romfart" },
  { kind: "strength", text: "Samisk næringsliv og duodji" },
  { kind: "strength", text: "Ren natur og lys om vinteren" },
  { kind: "strength", text: "Havbruk med lang erfaring" },
  { kind: "strength", text: "Fornybar kraft til industrien" },
  { kind: "opportunity", text: "Sporbar sjømat til Asia" },
  { kind: "opportunity", text: "Naturbasert reiseliv hele året" },
  { kind: "opportunity", text: "Grønn skipsfart og landstrøm" },
  { kind: "opportunity", text: "Nye marine ingredienser av restråstoff" },
  { kind: "opportunity", text: "Helseteknologi for spredt bosetting" },
  { kind: "idea", text: "Felles logistikkhub for fersk fisk" },
  { kind: "idea", text: "Møteplass mellom næringsliv og FoU" },
  { kind: "idea", text: "Krabbesafari med samiske guider" },
  { kind: "idea", text: "Traineeprogram for unge i distriktene" },
  { kind: "challenge", text: "Mangel på kvalifisert arbeidskraft" },
  { kind: "challenge", text: "Lange avstander og dyr transport" },
  { kind: "challenge", text: "Få møteplasser på tvers av aktørene" },
  { kind: "question", text: "Hvem eier sporingsdataene?" },
];
const PLACES = [
  "Tromsø",
  "Harstad",
  "Finnsnes",
  "Skjervøy",
  "Lyngen",
  "Kåfjord – Gáivuotna",
  "Senja",
  "Bardu",
  "Nordreisa",
  "Karlsøy",
  "Målselv",
  "Storfjord – Omasvuotna",
  "Kvænangen",
  "Balsfjord",
  "Ibestad",
  "Dyrøy",
  "Gratangen",
  "Salangen",
  "Lavangen",
  "Tjeldsund",
  "Sørreisa",
  "Kvæfjord",
  "Loppa",
  "Alta",
  "Hammerfest",
];

/** A JSON export of a workshop with `count` cards in zone-like blocks by kind: realistic text, spread out. */
export function bigBoardJson(count: number, title = "Smart spesialisering i Troms – alle innspill"): WorkshopJson {
  const cards = Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] as (typeof TOPICS)[number];
    const place = PLACES[Math.floor(i / TOPICS.length) % PLACES.length] as string;
    const column = i % 25;
    const row = Math.floor(i / 25);
    return {
      id: `card${String(i).padStart(4, "0")}x`,
      kind: topic.kind,
      text: `${topic.text} – ${place}`,
      x: column * 240,
      y: row * 170,
      w: 200,
      h: 120,
      color: "yellow" as const,
      authorId: "",
      authorGroup: ACTOR_GROUPS[i % (ACTOR_GROUPS.length - 1)] ?? "industry",
      createdAt: Date.UTC(2026, 2, 12, 9) + i * 7_000,
    };
  });
  return {
    format: WORKSHOP_JSON_FORMAT,
    version: WORKSHOP_JSON_VERSION,
    exportedAt: new Date(Date.UTC(2026, 2, 12, 15)).toISOString(),
    workshop: { title, region: "Troms", language: "nb" },
    board: { cards, links: [], zones: [] },
    notes: [],
    actionItems: [],
    votes: [],
    participants: [],
  } as WorkshopJson;
}

/** Imports a board of `count` cards through the import API; returns its id and invite links. */
export async function importBigBoard(count: number) {
  const res = await api<{
    workshop: { id: string };
    invites: { facilitator: string; participant: string; observer: string };
  }>(baseUrl(), "POST", "/workshops/import", bigBoardJson(count));
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.workshop.id, invites: res.body.invites };
}
