import type { FastifyInstance } from "fastify";
import { LIBRARY_ITEMS, READINESS_ITEMS } from "@attune/shared";
import { Client, link, shareWithTherapist } from "./api.ts";

/** A complete set of readiness answers, every item at `value`. */
export const readinessAnswers = (value: number) => Object.fromEntries(READINESS_ITEMS.map((item) => [item.id, value]));

export const ACTORS = ["anonymous", "self", "partner", "otherCouple", "exPartner"] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Therapists' accounts (issue 16), each joined to a grant of A and B's unless said otherwise:
 * none (no grant), oneConsent (only A consented), full (both consented, every scope), revoked
 * (both consented, then B revoked), other (a full grant of C and D's).
 */
export const THERAPIST_ACTORS = ["therapistNone", "therapistOneConsent", "therapistFull", "therapistRevoked", "therapistOther"] as const;
export type TherapistActor = (typeof THERAPIST_ACTORS)[number];
export type AnyActor = Actor | TherapistActor;

export interface TherapistWorld {
  clients: Record<TherapistActor, Client>;
  /** A and B's grants: only A consented; both consented (every scope); revoked by B. */
  gOneConsent: string;
  gFull: string;
  gRevoked: string;
  /** C and D's full grant. */
  gOther: string;
  /** The code of a grant A made that no therapist has joined yet. */
  openTherapistCode: string;
  /** The grant each therapist joined (none for therapistNone). */
  grantOf: Record<TherapistActor, string | null>;
}

/**
 * The people of an authorization test. `self` (A) owns the objects probed; `partner`
 * (B) is linked with A; `otherCouple` (C) is linked with D; `exPartner` (E) was linked
 * with A and unlinked before A linked with B, so B is also A's "next partner": what A
 * shared with E (a check-in, a readiness result) must never reach B.
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
  /** A's check-ins: shared with B, private, and one shared back when A was linked with E. */
  aShared: string;
  aPrivate: string;
  aSharedWithEx: string;
  /** B's reply to A's shared check-in. */
  bReply: string;
  /** Today's daily-question answers of A and B (both answered, so revealed). */
  aAnswer: string;
  today: string;
  /** A's partner-map notes about B: one private, one shown to B. */
  aNote: string;
  aShownNote: string;
  /** A's readiness results: one private, one shared with B, one shared with E back when they were linked. */
  aResult: string;
  aSharedResult: string;
  aResultSharedWithEx: string;
  /** A's "try this together" invitation to B. */
  aTry: string;
  /** The repair A started with B (open, at the safety check, each on their own device). */
  aRepair: string;
  /** A Daily Temperature Reading A started apart with B; A has written (sealed) words in it. */
  aReading: string;
  /** Built only when asked for (buildWorld(app, { therapists: true })). */
  therapists: TherapistWorld | null;
  as(actor: AnyActor): Client;
}

/** What A wrote in the open reading: nobody but A may read it before both finish. */
export const SEALED_READING_WORDS = "I loved how you sang in the kitchen.";

export async function buildWorld(app: FastifyInstance, options: { therapists?: boolean } = {}): Promise<World> {
  const [a, b, c, d, e, f] = (await Promise.all(["Ada", "Bo", "Cy", "Di", "Ed", "Flo"].map((name) => new Client(app).signUp(name)))) as [
    Client,
    Client,
    Client,
    Client,
    Client,
    Client,
  ];
  const today = new Date().toISOString().slice(0, 10);
  const checkin = (day: string, visibility: "shared" | "private", text: string) => ({
    day,
    emotions: { mad: 0, sad: 2, glad: 0, fear: 1 },
    high: "",
    low: "the review",
    mindHeart: text,
    visibility,
  });
  const idOf = (r: { body: unknown }) => (r.body as { id: string }).id;
  await link(a, e);
  const aSharedWithEx = idOf(await a.request("POST", "/api/checkins", checkin("2026-01-01", "shared", "Back then I felt lonely.")));
  const aResultSharedWithEx = idOf(await a.request("POST", "/api/readiness/results", readinessAnswers(5)));
  await a.request("PATCH", `/api/readiness/results/${aResultSharedWithEx}`, { sharedWithPartner: true });
  await e.request("POST", "/api/couple/unlink");
  await link(a, b);
  const aShared = idOf(await a.request("POST", "/api/checkins", checkin("2026-01-02", "shared", "I felt so small in that meeting.")));
  const aPrivate = idOf(await a.request("POST", "/api/checkins", checkin("2026-01-03", "private", "A secret worry about money.")));
  const bReply = idOf(await b.request("POST", `/api/checkins/${aShared}/replies`, { body: "That sounds really hard. What was the worst part?" }));
  const aAnswer = ((await a.request("POST", "/api/daily-question/answer", { day: today, text: "The sea in winter." })).body as { myAnswer: { id: string } })
    .myAnswer.id;
  await b.request("POST", "/api/daily-question/answer", { day: today, text: "Our first kitchen." });
  const aNote = idOf(await a.request("POST", "/api/partner-map/notes", { category: "history", text: "Bo's dad left when Bo was nine; goodbyes are hard." }));
  const aShownNote = idOf(
    await a.request("POST", "/api/partner-map/notes", { category: "what-helps", text: "A walk helps Bo calm down.", visibility: "shown" }),
  );
  const aResult = idOf(await a.request("POST", "/api/readiness/results", readinessAnswers(3)));
  const aSharedResult = idOf(await a.request("POST", "/api/readiness/results", readinessAnswers(4)));
  await a.request("PATCH", `/api/readiness/results/${aSharedResult}`, { sharedWithPartner: true });
  const aTry = idOf(await a.request("POST", "/api/library/tries", { itemId: LIBRARY_ITEMS[0]?.id }));
  const aRepair = idOf(await a.request("POST", "/api/repair", { mode: "apart" }));
  const aReading = idOf(await a.request("POST", "/api/temperature", { mode: "apart" }));
  await a.request("PUT", `/api/temperature/${aReading}/entries/appreciation`, { text: SEALED_READING_WORDS });
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
  const therapists = options.therapists ? await buildTherapists(app, { a, b, c, d, aAnswer }) : null;
  const as = (actor: AnyActor): Client => {
    if (actor in byActor) return byActor[actor as Actor];
    if (!therapists) throw new Error("this world has no therapists: buildWorld(app, { therapists: true })");
    return therapists.clients[actor as TherapistActor];
  };
  return {
    a,
    b,
    c,
    d,
    e,
    anonymous,
    aSecondSessionId,
    openInviteCode,
    aShared,
    aPrivate,
    aSharedWithEx,
    bReply,
    aAnswer,
    today,
    aNote,
    aShownNote,
    aResult,
    aSharedResult,
    aResultSharedWithEx,
    aTry,
    aRepair,
    aReading,
    therapists,
    as,
  };
}

const ALL_SCOPES = ["readiness", "our_insights", "shared_checkins", "daily_answers", "repairs", "coach_levels"];

async function buildTherapists(app: FastifyInstance, p: { a: Client; b: Client; c: Client; d: Client; aAnswer: string }): Promise<TherapistWorld> {
  const [none, one, full, revoked, other] = (await Promise.all(["Nia", "Oto", "Pia", "Rex", "Sol"].map((name) => new Client(app).signUpTherapist(name)))) as [
    Client,
    Client,
    Client,
    Client,
    Client,
  ];
  const gOneConsent = await shareWithTherapist(p.a, p.b, one, ALL_SCOPES, { partnerConsents: false });
  const gFull = await shareWithTherapist(p.a, p.b, full, ALL_SCOPES);
  const gRevoked = await shareWithTherapist(p.a, p.b, revoked, ALL_SCOPES);
  await p.b.request("POST", `/api/therapist-grants/${gRevoked}/revoke`);
  const gOther = await shareWithTherapist(p.c, p.d, other, ALL_SCOPES);
  // One hidden entry, for the row that shows it again.
  await p.a.request("POST", `/api/therapist-grants/${gFull}/exclusions`, { kind: "daily_answer", entryId: p.aAnswer });
  const open = (await p.a.request("POST", "/api/therapist-grants", { scopes: ["repairs"], endsOn: null })).body as { invite: { code: string } };
  return {
    clients: { therapistNone: none, therapistOneConsent: one, therapistFull: full, therapistRevoked: revoked, therapistOther: other },
    gOneConsent,
    gFull,
    gRevoked,
    gOther,
    openTherapistCode: open.invite.code,
    grantOf: { therapistNone: null, therapistOneConsent: gOneConsent, therapistFull: gFull, therapistRevoked: gRevoked, therapistOther: gOther },
  };
}
