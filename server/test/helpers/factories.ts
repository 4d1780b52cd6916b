import type { ActorGroup, CreateWorkshopResult, JoinResult } from "@oppdag/shared";

export async function api<T>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Markdown and other non-JSON bodies stay text.
  }
  return { status: res.status, body: parsed as T };
}

export const inviteToken = (link: string) => link.split("#")[1] as string;

export async function createWorkshop(base: string, title = "Oppdagelsesverksted Troms – kongekrabbe") {
  const res = await api<CreateWorkshopResult>(base, "POST", "/workshops", { title, region: "Troms", language: "nb" });
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  const { workshop, invites } = res.body;
  return {
    id: workshop.id,
    invites: {
      facilitator: inviteToken(invites.facilitator),
      participant: inviteToken(invites.participant),
      observer: inviteToken(invites.observer),
      critic: inviteToken(invites.critic),
    },
  };
}

export async function join(
  base: string,
  workshopId: string,
  invite: string,
  name: string,
  actorGroup: ActorGroup = "industry",
) {
  const res = await api<JoinResult>(base, "POST", `/workshops/${workshopId}/join`, { invite, name, actorGroup });
  if (res.status !== 201) throw new Error(`join failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A workshop with a facilitator, two participants and an observer. */
export async function workshopWithPeople(base: string) {
  const w = await createWorkshop(base);
  const facilitator = await join(base, w.id, w.invites.facilitator, "Fasilitator Åse", "facilitator");
  const kari = await join(base, w.id, w.invites.participant, "Kari Nordmann", "industry");
  const lars = await join(base, w.id, w.invites.participant, "Lars Ørjasæter", "research");
  const observer = await join(base, w.id, w.invites.observer, "Observatør Øystein", "public");
  return { workshop: w, facilitator, kari, lars, observer };
}
