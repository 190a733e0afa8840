import type { FastifyInstance } from "fastify";
import { Client, link } from "./api.ts";

export const ACTORS = ["anonymous", "self", "partner", "otherCouple", "exPartner"] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * The people of an authorization test. `self` (A) owns the objects probed; `partner`
 * (B) is linked with A; `otherCouple` (C) is linked with D; `exPartner` (E) was linked
 * with A and unlinked before A linked with B.
 */
export interface World {
  a: Client;
  b: Client;
  c: Client;
  d: Client;
  e: Client;
  anonymous: Client;
  /** An id of one of A's sessions that is not A's current one. */
  aSecondSessionId: string;
  /** A pending invite made by an unlinked person F (codes are bearer capabilities). */
  openInviteCode: string;
  as(actor: Actor): Client;
}

export async function buildWorld(app: FastifyInstance): Promise<World> {
  const [a, b, c, d, e, f] = await Promise.all(
    ["Ada", "Bo", "Cy", "Di", "Ed", "Flo"].map((name) => new Client(app).signUp(name)),
  ) as [Client, Client, Client, Client, Client, Client];
  await link(a, e);
  await e.request("POST", "/api/couple/unlink");
  await link(a, b);
  await link(c, d);
  const second = new Client(app);
  second.email = a.email;
  second.password = a.password;
  await second.logIn();
  const sessions = (await second.request("GET", "/api/sessions")).body as { sessions: { id: string; current: boolean }[] };
  const aSecondSessionId = sessions.sessions.find((s) => s.current)?.id ?? "";
  const openInviteCode = ((await f.request("POST", "/api/invites")).body as { code: string }).code;
  const anonymous = new Client(app);
  const byActor: Record<Actor, Client> = { anonymous, self: a, partner: b, otherCouple: c, exPartner: e };
  return { a, b, c, d, e, anonymous, aSecondSessionId, openInviteCode, as: (actor) => byActor[actor] };
}
