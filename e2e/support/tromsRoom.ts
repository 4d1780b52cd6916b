import {
  type BoardModel,
  type SessionView,
  WORKSHOP_JSON_FORMAT,
  WORKSHOP_JSON_VERSION,
  type WorkshopJson,
} from "@oppdag/shared";
import { type ControlClient, connected, controlClient } from "../../server/test/helpers/clients";
import { api, inviteToken, join } from "../../server/test/helpers/factories";
import { baseUrl } from "./pages";
import { expect } from "./test";

const card = (id: string, kind: "strength" | "opportunity" | "idea", text: string, x: number, y: number) => ({
  id,
  kind,
  text,
  x,
  y,
  w: 200,
  h: 120,
  color: "yellow" as const,
  authorId: "",
  authorGroup: "industry" as const,
  createdAt: Date.UTC(2026, 10, 23, 9),
});

/** Troms' discovery board, two zones and their first cards, imported as a facilitator would. */
export async function tromsRoom(links: Array<{ id: string; source: string; target: string; label: string }> = []) {
  const json = {
    format: WORKSHOP_JSON_FORMAT,
    version: WORKSHOP_JSON_VERSION,
    exportedAt: new Date(Date.UTC(2026, 10, 23, 8)).toISOString(),
    workshop: { title: "Smart spesialisering i Troms – innspillsmøte", region: "Troms", language: "nb" },
    board: {
      zones: [
        { id: "zoneStrengths", title: "Styrker", x: 0, y: 0, w: 700, h: 500, color: "green" },
        { id: "zoneMarkets", title: "Muligheter i markedet", x: 800, y: 0, w: 700, h: 500, color: "blue" },
      ],
      cards: [
        card("crab", "strength", "Kongekrabbe og levende sjømat", 40, 80),
        card("space", "strength", "Sterkt IT-miljø og romfart", 300, 80),
        card("asia", "opportunity", "Sporbar sjømat til Asia", 840, 80),
        card("hub", "idea", "Felles logistikkhub for fersk fisk", 840, 300),
      ],
      links: links.map((l) => ({ ...l, authorId: "", authorGroup: "industry" })),
    },
    notes: [],
    actionItems: [],
    votes: [],
    participants: [],
  } as unknown as WorkshopJson;
  const res = await api<{ workshop: { id: string }; invites: Record<string, string> }>(
    baseUrl(),
    "POST",
    "/workshops/import",
    json,
  );
  expect(res.status).toBe(201);
  const id = res.body.workshop.id;
  const invites = res.body.invites as { facilitator: string; participant: string };
  const fac = await join(baseUrl(), id, inviteToken(invites.facilitator), "Åse Fasilitator", "facilitator");
  const control: ControlClient = controlClient(baseUrl(), id, fac.token);
  const state: { session: SessionView | null } = { session: null };
  control.on("session:state", (view) => {
    state.session = view;
  });
  await connected(control);
  const ask = async (event: string, payload: unknown) =>
    // biome-ignore lint/suspicious/noExplicitAny: the events are typed by name; a test names them freely
    expect(await (control.emitWithAck as any)(event, payload)).toEqual({ ok: true });
  /** The board as the server stores it (its JSON export). */
  const stored = async (): Promise<BoardModel> =>
    (await api<WorkshopJson>(baseUrl(), "GET", `/workshops/${id}/export.json`, undefined, fac.token)).body
      .board as BoardModel;
  return { id, invite: `${baseUrl()}${invites.participant}`, token: fac.token, control, state, ask, stored };
}
