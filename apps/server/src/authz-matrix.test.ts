import type { MeView, TodayView } from "@attune/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Response } from "./test/api.ts";
import { testApp, type TestApp } from "./test/api.ts";
import { engines } from "./test/engines.ts";
import {
  ACTORS,
  buildWorld,
  readinessAnswers,
  SEALED_READING_WORDS,
  THERAPIST_ACTORS,
  type Actor,
  type AnyActor,
  type TherapistActor,
  type World,
} from "./test/world.ts";

/**
 * Every API route × every kind of person. Another couple's object must look exactly
 * like a missing one. A fresh world per cell, so no cell depends on another.
 * A new route that is not in this table fails the coverage test below.
 */
interface Cell {
  status: number;
  /** Extra checks on the response and on what must still be true afterwards. */
  check?: (res: Response, w: World, actor: AnyActor) => Promise<void> | void;
  /** This cell changes nothing (a refusal or a look-alike 404): it may run on the shared read-only world. */
  readOnly?: boolean;
}
type PartnerActor = Exclude<Actor, "anonymous">;
interface Row {
  method: "GET" | "POST" | "DELETE" | "PATCH" | "PUT";
  route: string;
  path: (w: World, actor: AnyActor) => string;
  body?: (w: World, actor: AnyActor) => unknown;
  /**
   * Who the route is for (issue 16): partners (the default; every therapist actor gets 403
   * partners_only), therapists (every partner actor gets 403 therapists_only) or anyone
   * signed in (every actor's cell is written out).
   */
  audience?: "partner" | "therapist" | "anyone";
  cells: Partial<Record<PartnerActor | TherapistActor, Cell>> & { anonymous?: Cell };
  label?: string;
  /** Neither the request nor its checks change anything: its cells share one world (keeps the matrix fast). */
  readOnly?: boolean;
}

const ok = (status: number, check?: Cell["check"]): Cell => (check ? { status, check } : { status });
const same = (cell: Cell): Record<PartnerActor, Cell> => ({ self: cell, partner: cell, otherCouple: cell, exPartner: cell });
const therapistsToo = (cell: Cell): Record<TherapistActor, Cell> =>
  Object.fromEntries(THERAPIST_ACTORS.map((actor) => [actor, cell])) as Record<TherapistActor, Cell>;
const everyone = (cell: Cell) => ({ ...same(cell), ...therapistsToo(cell) });

async function stillLinked(w: World): Promise<void> {
  const me = (await w.a.request("GET", "/api/me")).body as MeView;
  expect(me.couple?.partner.id).toBe(w.b.id);
}

const linkedStill: Cell["check"] = (_res, w) => stillLinked(w);

async function aStillSignedIn(w: World): Promise<void> {
  expect((await w.a.request("GET", "/api/me")).status).toBe(200);
}

async function looksMissing(res: Response, w: World, actor: AnyActor): Promise<void> {
  const missing = await w.as(actor).request("DELETE", "/api/sessions/00000000-0000-4000-8000-000000000000");
  expect(res.body).toEqual(missing.body);
  const list = (await w.a.request("GET", "/api/sessions")).body as { sessions: { id: string }[] };
  expect(list.sessions.map((s) => s.id)).toContain(w.aSecondSessionId);
}

/** The same 404 body a missing check-in gets. */
async function checkinLooksMissing(res: Response, w: World, actor: AnyActor): Promise<void> {
  const missing = await w.as(actor).request("GET", "/api/checkins/00000000-0000-4000-8000-000000000000");
  expect(res.body).toEqual(missing.body);
}

async function replyLooksMissing(res: Response, w: World, actor: AnyActor): Promise<void> {
  const missing = await w.as(actor).request("POST", "/api/replies/00000000-0000-4000-8000-000000000000/feedback", { heard: true });
  expect(res.body).toEqual(missing.body);
}

const hidden = ok(404, checkinLooksMissing);
const missingReply = () => missingLike(() => ({ method: "DELETE", path: `/api/replies/${NO_ID}` }));
const missingAnswer = () => missingLike(() => ({ method: "DELETE", path: `/api/answers/${NO_ID}` }));
const idsIn = (res: Response) => (res.body as { items: { id: string }[] }).items.map((i) => i.id);

/** Rows for one check-in of A's that only A and (if shared now) B may read. */
function checkinRows(name: string, pick: (w: World) => string, partnerReads: boolean): Row[] {
  const partner = (status: number, check?: Cell["check"]) => (partnerReads ? ok(status, check) : hidden);
  const rows: Row[] = [
    {
      method: "GET",
      route: "/api/checkins/:id",
      path: (w) => `/api/checkins/${pick(w)}`,
      cells: { self: ok(200), partner: partner(200), otherCouple: hidden, exPartner: hidden },
    },
    {
      method: "GET",
      route: "/api/checkins/:id/replies",
      path: (w) => `/api/checkins/${pick(w)}/replies`,
      cells: { self: ok(200), partner: partner(200), otherCouple: hidden, exPartner: hidden },
    },
    {
      method: "POST",
      route: "/api/checkins/:id/replies",
      path: (w) => `/api/checkins/${pick(w)}/replies`,
      body: () => ({ body: "I'm here." }),
      cells: { self: ok(partnerReads ? 201 : 409), partner: partner(201), otherCouple: hidden, exPartner: hidden },
    },
    {
      method: "POST",
      route: "/api/checkins/:id/read",
      path: (w) => `/api/checkins/${pick(w)}/read`,
      cells: { self: ok(204), partner: partner(204), otherCouple: hidden, exPartner: hidden },
    },
    {
      method: "PATCH",
      route: "/api/checkins/:id",
      path: (w) => `/api/checkins/${pick(w)}`,
      body: () => ({ mindHeart: "changed" }),
      cells: { self: ok(200), partner: hidden, otherCouple: hidden, exPartner: hidden },
    },
    {
      method: "DELETE",
      route: "/api/checkins/:id",
      path: (w) => `/api/checkins/${pick(w)}`,
      cells: { self: ok(204), partner: hidden, otherCouple: hidden, exPartner: hidden },
    },
  ];
  return rows.map((row) => ({ ...row, label: name }));
}

/** The same 404 body as a missing object at `probe` (another person's object must look missing). */
const missingLike = (probe: (actor: AnyActor) => { method: Row["method"]; path: string; body?: unknown }): Cell =>
  ok(404, async (res, w, actor) => {
    const p = probe(actor);
    const missing = await w.as(actor).request(p.method, p.path, p.body);
    expect(missing.status).toBe(404);
    expect(res.body).toEqual(missing.body);
  });
const NO_ID = "00000000-0000-4000-8000-000000000000";
const noteMissing = missingLike(() => ({ method: "DELETE", path: `/api/partner-map/notes/${NO_ID}` }));
const resultMissing = missingLike(() => ({ method: "DELETE", path: `/api/readiness/results/${NO_ID}` }));
const tryMissing = missingLike(() => ({ method: "POST", path: `/api/library/tries/${NO_ID}/done` }));
const repairMissing = missingLike(() => ({ method: "GET", path: `/api/repair/${NO_ID}` }));
const roleOf = (actor: AnyActor) => (actor === "partner" ? "b" : "a");
const noSafetyConcern = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" };
const firstItem = "celebrate-full-joy-reply";

const PRACTICE_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/partner-map/notes",
    path: () => "/api/partner-map/notes",
    cells: same(
      ok(200, (res, w, actor) => {
        const body = res.body as { mine: { id: string }[]; aboutMe: { id: string }[] };
        const seen = [...body.mine, ...body.aboutMe].map((n) => n.id);
        if (actor === "self") expect(body.mine.map((n) => n.id)).toEqual(expect.arrayContaining([w.aNote, w.aShownNote]));
        else if (actor === "partner")
          expect(body.aboutMe.map((n) => n.id)).toEqual([w.aShownNote]); // never the private one
        else expect(seen).not.toContain(w.aShownNote);
        if (actor !== "self") expect(seen).not.toContain(w.aNote);
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/partner-map/notes",
    path: () => "/api/partner-map/notes",
    body: () => ({ category: "people", text: "Their sister Mia is their safe person." }),
    cells: { self: ok(201), partner: ok(201), otherCouple: ok(201), exPartner: ok(409) },
  },
  {
    method: "PATCH",
    route: "/api/partner-map/notes/:id",
    path: (w) => `/api/partner-map/notes/${w.aNote}`,
    body: () => ({ text: "changed" }),
    cells: { self: ok(200), partner: noteMissing, otherCouple: noteMissing, exPartner: noteMissing },
  },
  {
    method: "DELETE",
    route: "/api/partner-map/notes/:id",
    path: (w) => `/api/partner-map/notes/${w.aNote}`,
    cells: { self: ok(204), partner: noteMissing, otherCouple: noteMissing, exPartner: noteMissing },
  },
  {
    method: "POST",
    route: "/api/partner-map/notes/:id/response",
    label: "shown note",
    path: (w) => `/api/partner-map/notes/${w.aShownNote}/response`,
    body: () => ({ status: "confirmed" }),
    cells: { self: noteMissing, partner: ok(200), otherCouple: noteMissing, exPartner: noteMissing },
  },
  {
    method: "POST",
    route: "/api/partner-map/notes/:id/response",
    label: "private note",
    path: (w) => `/api/partner-map/notes/${w.aNote}/response`,
    body: () => ({ status: "confirmed" }),
    cells: { self: noteMissing, partner: noteMissing, otherCouple: noteMissing, exPartner: noteMissing },
  },
  {
    method: "GET",
    route: "/api/readiness/results",
    path: () => "/api/readiness/results",
    cells: same(
      ok(200, (res, w, actor) => {
        const ids = (res.body as { results: { id: string }[] }).results.map((r) => r.id);
        if (actor === "self") expect(ids).toEqual([w.aSharedResult, w.aResult, w.aResultSharedWithEx]);
        else expect(ids).not.toContain(w.aResult);
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/readiness/results",
    path: () => "/api/readiness/results",
    body: () => readinessAnswers(2),
    cells: same(ok(201, (res) => expect(res.body).toMatchObject({ sharedWithPartner: false }))),
  },
  {
    method: "PATCH",
    route: "/api/readiness/results/:id",
    path: (w) => `/api/readiness/results/${w.aResult}`,
    body: () => ({ sharedWithPartner: true }),
    cells: { self: ok(200), partner: resultMissing, otherCouple: resultMissing, exPartner: resultMissing },
  },
  {
    method: "DELETE",
    route: "/api/readiness/results/:id",
    path: (w) => `/api/readiness/results/${w.aResult}`,
    cells: { self: ok(204), partner: resultMissing, otherCouple: resultMissing, exPartner: resultMissing },
  },
  {
    method: "GET",
    route: "/api/readiness/partner",
    path: () => "/api/readiness/partner",
    cells: same(
      ok(200, (res, w, actor) => {
        const ids = (res.body as { results: { id: string }[] }).results.map((r) => r.id);
        // The one shared with B only: never the one A shared with E before B (B is the next partner).
        if (actor === "partner") expect(ids).toEqual([w.aSharedResult]);
        else expect(ids).not.toContain(w.aSharedResult);
        expect(ids).not.toContain(w.aResultSharedWithEx);
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/library/state",
    path: () => "/api/library/state",
    cells: same(
      ok(200, (res, w, actor) => {
        const tries = (res.body as { tries: { id: string }[] }).tries.map((t) => t.id);
        if (actor === "self" || actor === "partner") expect(tries).toContain(w.aTry);
        else expect(tries).not.toContain(w.aTry);
      }),
    ),
  },
  { method: "PUT", route: "/api/library/favourites/:itemId", path: () => `/api/library/favourites/${firstItem}`, cells: same(ok(204)) },
  { method: "DELETE", route: "/api/library/favourites/:itemId", path: () => `/api/library/favourites/${firstItem}`, cells: same(ok(204)) },
  { method: "POST", route: "/api/library/done/:itemId", path: () => `/api/library/done/${firstItem}`, cells: same(ok(204)) },
  {
    method: "POST",
    route: "/api/library/tries",
    path: () => "/api/library/tries",
    body: () => ({ itemId: firstItem }),
    cells: { self: ok(201), partner: ok(201), otherCouple: ok(201), exPartner: ok(409) },
  },
  {
    method: "POST",
    route: "/api/library/tries/:id/done",
    path: (w) => `/api/library/tries/${w.aTry}/done`,
    cells: { self: ok(200), partner: ok(200), otherCouple: tryMissing, exPartner: tryMissing },
  },
  { method: "GET", route: "/api/library/recommendations", path: () => "/api/library/recommendations", cells: same(ok(200)) },
  {
    method: "POST",
    route: "/api/repair",
    path: () => "/api/repair",
    body: () => ({ mode: "apart" }),
    cells: { self: ok(409), partner: ok(409), otherCouple: ok(201), exPartner: ok(409) },
  },
  {
    method: "GET",
    route: "/api/repair/current",
    path: () => "/api/repair/current",
    cells: same(
      ok(200, (res, w, actor) => {
        const current = (res.body as { repair: { id: string } | null }).repair;
        if (actor === "self" || actor === "partner") expect(current?.id).toBe(w.aRepair);
        else expect(current).toBeNull();
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/repair/:id",
    path: (w) => `/api/repair/${w.aRepair}`,
    cells: { self: ok(200), partner: ok(200), otherCouple: repairMissing, exPartner: repairMissing },
  },
  {
    method: "POST",
    route: "/api/repair/:id/actions",
    path: (w) => `/api/repair/${w.aRepair}/actions`,
    body: (_w, actor) => ({ type: "answer_safety", by: roleOf(actor), answers: noSafetyConcern }),
    cells: { self: ok(200), partner: ok(200), otherCouple: repairMissing, exPartner: repairMissing },
  },
];

/** Gentle notifications: each person's settings and devices are their own (push.test.ts sends them). */
const pushDevice = (actor: AnyActor) => ({
  endpoint: `https://push.example.test/${actor}`,
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
});
const thisDevice = async (w: World, actor: AnyActor) => ((await w.as(actor).request("GET", "/api/push/settings")).body as { thisDevice: boolean }).thisDevice;
const PUSH_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/push/settings",
    path: () => "/api/push/settings",
    cells: same(ok(200, (res) => expect(res.body).toMatchObject({ thisDevice: false, prefs: { kinds: [] } }))),
  },
  {
    method: "PUT",
    route: "/api/push/prefs",
    path: () => "/api/push/prefs",
    body: () => ({ kinds: ["checkin"], reminderTime: "08:00", quietHours: null, timeZone: "Europe/Lisbon" }),
    cells: same(
      ok(200, async (_res, w, actor) => {
        // Saved for the caller only.
        const a = (await w.a.request("GET", "/api/push/settings")).body as { prefs: { kinds: string[] } };
        expect(a.prefs.kinds).toEqual(actor === "self" ? ["checkin"] : []);
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/push/subscriptions",
    path: () => "/api/push/subscriptions",
    body: (_w, actor) => pushDevice(actor),
    cells: same(
      ok(204, async (_res, w, actor) => {
        expect(await thisDevice(w, actor)).toBe(true);
        if (actor !== "self") expect(await thisDevice(w, "self")).toBe(false);
      }),
    ),
  },
  {
    method: "DELETE",
    route: "/api/push/subscriptions",
    path: () => "/api/push/subscriptions",
    body: () => pushDevice("self"),
    // Nobody has a device there in this world: the same answer as any unknown device.
    cells: same(missingLike(() => ({ method: "DELETE", path: "/api/push/subscriptions", body: { endpoint: "https://push.example.test/nobody" } }))),
  },
];
const readingMissing = missingLike(() => ({ method: "POST", path: `/api/temperature/${NO_ID}/finish` }));
/** A reading as the actor sees it: only A ever reads A's sealed words. */
const readingSeenBy = (id: (w: World) => string | null) =>
  ok(200, (res, w, actor) => {
    const body = res.body as { id?: string; reading?: { id: string } | null };
    const seenId = body.reading === undefined ? body.id : (body.reading?.id ?? null);
    expect(seenId ?? null).toBe(id(w));
    const shown = JSON.stringify(res.body).includes(SEALED_READING_WORDS);
    expect(shown).toBe(actor === "self" && seenId === w.aReading);
  });
const theReading = (w: World) => w.aReading;
const TEMPERATURE_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/temperature/current",
    path: () => "/api/temperature/current",
    cells: {
      self: readingSeenBy(theReading),
      partner: readingSeenBy(theReading),
      otherCouple: readingSeenBy(() => null),
      exPartner: readingSeenBy(() => null),
    },
  },
  {
    method: "GET",
    route: "/api/temperature",
    path: () => "/api/temperature",
    cells: same(ok(200, (res) => expect(JSON.stringify(res.body)).not.toContain(SEALED_READING_WORDS))),
  },
  {
    method: "POST",
    route: "/api/temperature",
    path: () => "/api/temperature",
    body: () => ({ mode: "together" }),
    // Starting while one is open joins it; another couple starts their own.
    cells: {
      self: readingSeenBy(theReading),
      partner: readingSeenBy(theReading),
      otherCouple: ok(200, (res, w) => expect((res.body as { id: string }).id).not.toBe(w.aReading)),
      exPartner: ok(409),
    },
  },
  {
    method: "PUT",
    route: "/api/temperature/:id/entries/:part",
    path: (w) => `/api/temperature/${w.aReading}/entries/puzzle`,
    body: () => ({ text: "How was your week, really?" }),
    cells: { self: readingSeenBy(theReading), partner: readingSeenBy(theReading), otherCouple: readingMissing, exPartner: readingMissing },
  },
  {
    method: "POST",
    route: "/api/temperature/:id/finish",
    path: (w) => `/api/temperature/${w.aReading}/finish`,
    cells: { self: readingSeenBy(theReading), partner: readingSeenBy(theReading), otherCouple: readingMissing, exPartner: readingMissing },
  },
  {
    method: "POST",
    route: "/api/temperature/:id/end",
    path: (w) => `/api/temperature/${w.aReading}/end`,
    cells: { self: readingSeenBy(theReading), partner: readingSeenBy(theReading), otherCouple: readingMissing, exPartner: readingMissing },
  },
];

/** Insights: mine only ever about me; ours only while both partners of the current couple say yes. */
interface OurView {
  optIn: { me: boolean; partner: boolean };
  insights: { me: { shared: number } } | null;
}
const ourOf = async (w: World, actor: AnyActor) => (await w.as(actor).request("GET", "/api/insights/us")).body as OurView;
const INSIGHT_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/insights/me",
    path: () => "/api/insights/me?weeks=12",
    cells: same(
      ok(200, async (_res, w, actor) => {
        // A checks in today and shares it: only A's own insights count it, never anyone else's.
        await w.a.request("POST", "/api/checkins", {
          day: w.today,
          emotions: { mad: 0, sad: 3, glad: 0, fear: 2 },
          mindHeart: "I felt overwhelmed and lonely today.",
          visibility: "shared",
        });
        const body = (await w.as(actor).request("GET", "/api/insights/me?weeks=4")).body as {
          sharing: { checkins: number; shared: number };
          themes: { word: string }[];
        };
        if (actor === "self") expect(body.sharing).toMatchObject({ checkins: 1, shared: 1 });
        else {
          expect(body.sharing).toMatchObject({ checkins: 0, shared: 0 });
          expect(body.themes).toEqual([]);
        }
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/insights/us",
    path: () => "/api/insights/us",
    cells: {
      ...same(ok(200, (res) => expect(res.body).toMatchObject({ optIn: { me: false, partner: false }, insights: null }))),
      self: ok(200, async (res, w) => {
        expect((res.body as OurView).insights).toBeNull();
        await w.a.request("POST", "/api/checkins", {
          day: w.today,
          emotions: { mad: 0, sad: 1, glad: 2, fear: 0 },
          mindHeart: "A calm day.",
          visibility: "shared",
        });
        await w.a.request("PUT", "/api/insights/us/opt-in", { on: true });
        expect((await ourOf(w, "self")).insights).toBeNull(); // one yes is not enough
        await w.b.request("PUT", "/api/insights/us/opt-in", { on: true });
        expect((await ourOf(w, "self")).insights?.me.shared).toBeGreaterThan(0);
        expect((await ourOf(w, "partner")).insights).not.toBeNull();
        await w.b.request("PUT", "/api/insights/us/opt-in", { on: false });
        expect(await ourOf(w, "self")).toMatchObject({ optIn: { me: true, partner: false }, insights: null }); // hidden at once
      }),
      exPartner: ok(200, async (res, w) => {
        // A said yes with E once: after the couple ended nothing is shown, to either.
        expect(res.body).toMatchObject({ insights: null });
        await w.a.request("PUT", "/api/insights/us/opt-in", { on: true });
        expect((await ourOf(w, "exPartner")).insights).toBeNull();
      }),
    },
  },
  {
    method: "PUT",
    route: "/api/insights/us/opt-in",
    path: () => "/api/insights/us/opt-in",
    body: () => ({ on: true }),
    cells: {
      ...same(
        ok(200, async (res, w) => {
          expect(res.body).toEqual({ me: true, partner: false });
          expect((await ourOf(w, "self")).insights).toBeNull();
        }),
      ),
      exPartner: ok(409),
    },
  },
  {
    method: "PUT",
    route: "/api/insights/signs/:sign/mute",
    path: () => "/api/insights/signs/distance/mute",
    body: () => ({ muted: true }),
    cells: same(
      ok(204, async (_res, w, actor) => {
        const muted = (who: AnyActor) =>
          w
            .as(who)
            .request("GET", "/api/insights/me")
            .then((r) => (r.body as { muted: string[] }).muted);
        expect(await muted(actor)).toEqual(["distance"]);
        if (actor !== "self") expect(await muted("self")).toEqual([]);
      }),
    ),
  },
];

/** Sharing with a therapist (issue 16): the couple's routes, then the therapist's. */
const tw = (w: World) => {
  if (!w.therapists) throw new Error("this row needs a world with therapists");
  return w.therapists;
};
const ALL_SCOPES = ["readiness", "our_insights", "shared_checkins", "daily_answers", "repairs", "coach_levels"];
const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const rangeOf = (w: World) => `from=${dayBefore(w.today, 200)}&to=${w.today}`;
/** Nothing private of A's or B's, and nothing of A's with E, ever reaches a therapist. */
const PRIVATE_WORDS = ["A secret worry about money.", "Bo's dad left", "Back then I felt lonely.", SEALED_READING_WORDS];
const noPrivateWords = (res: Response) => {
  const text = JSON.stringify(res.body);
  for (const words of PRIVATE_WORDS) expect(text).not.toContain(words);
};
const grantMissing = (method: Row["method"], suffix: string, body?: unknown) =>
  missingLike(() => ({ method, path: `/api/therapist-grants/${NO_ID}${suffix}`, body }));
const clientMissing = (suffix: string) => missingLike(() => ({ method: "GET", path: `/api/therapist/clients/${NO_ID}${suffix}` }));
const fullSummary = (w: World) => tw(w).clients.therapistFull.request("GET", `/api/therapist/clients/${tw(w).gFull}/summary?${rangeOf(w)}`);
const grantsOf = async (w: World, actor: AnyActor) =>
  ((await w.as(actor).request("GET", "/api/therapist-grants")).body as { grants: { id: string; state: string; scopes: string[] }[] }).grants;
const coupleSide = (cell: Cell, others: Cell): Record<PartnerActor, Cell> => ({ self: cell, partner: cell, otherCouple: others, exPartner: others });

const THERAPIST_ROWS: Row[] = [
  {
    method: "POST",
    route: "/api/therapist-grants",
    path: () => "/api/therapist-grants",
    body: () => ({ scopes: ["repairs"], endsOn: null }),
    cells: {
      ...same(ok(201, (res) => expect(res.body).toMatchObject({ state: "waiting_for_therapist", consent: { me: true, partner: false } }))),
      exPartner: ok(409),
    },
  },
  {
    method: "GET",
    route: "/api/therapist-grants",
    path: () => "/api/therapist-grants",
    readOnly: true,
    cells: same(
      ok(200, async (_res, w, actor) => {
        const ids = (await grantsOf(w, actor)).map((g) => g.id);
        if (actor === "self" || actor === "partner") expect(ids).toEqual(expect.arrayContaining([tw(w).gFull, tw(w).gRevoked, tw(w).gOneConsent]));
        else expect(ids).not.toContain(tw(w).gFull);
        if (actor === "otherCouple") expect(ids).toContain(tw(w).gOther);
        if (actor === "exPartner") expect(ids).toEqual([]);
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/therapist-grants/:id/consent",
    path: (w) => `/api/therapist-grants/${tw(w).gOneConsent}/consent`,
    body: () => ({ scopes: ALL_SCOPES }),
    cells: {
      self: ok(200, (res) => expect(res.body).toMatchObject({ state: "waiting_for_consent" })), // A's yes again is still one yes
      partner: ok(200, async (res, w) => {
        expect(res.body).toMatchObject({ state: "active" });
        const summary = await tw(w).clients.therapistOneConsent.request("GET", `/api/therapist/clients/${tw(w).gOneConsent}/summary?${rangeOf(w)}`);
        expect(summary.status).toBe(200);
      }),
      otherCouple: grantMissing("POST", "/consent", { scopes: ALL_SCOPES }),
      exPartner: grantMissing("POST", "/consent", { scopes: ALL_SCOPES }),
    },
  },
  {
    method: "PUT",
    route: "/api/therapist-grants/:id/scopes",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/scopes`,
    body: () => ({ scopes: ["repairs"] }),
    cells: coupleSide(
      ok(200, async (res, w) => {
        expect(res.body).toMatchObject({ state: "active", scopes: ["repairs"] });
        expect(((await fullSummary(w)).body as { sharedCheckins: unknown }).sharedCheckins).toBeNull(); // narrowed at once
      }),
      grantMissing("PUT", "/scopes", { scopes: ["repairs"] }),
    ),
  },
  {
    method: "POST",
    route: "/api/therapist-grants/:id/revoke",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/revoke`,
    cells: {
      ...coupleSide(
        ok(200, async (res, w) => {
          expect(res.body).toMatchObject({ state: "ended", ended: { reason: "revoked", byMe: true } });
          expect((await fullSummary(w)).status).toBe(404);
        }),
        grantMissing("POST", "/revoke"),
      ),
      otherCouple: ok(404, async (res, w) => {
        await grantMissing("POST", "/revoke").check?.(res, w, "otherCouple");
        expect((await fullSummary(w)).status).toBe(200);
      }),
    },
  },
  {
    method: "POST",
    route: "/api/therapist-grants/:id/invite",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/invite`,
    // Every grant in the world has its therapist: the couple is told there is no code to renew.
    cells: coupleSide(
      ok(409, async (_res, w) => expect((await fullSummary(w)).status).toBe(200)),
      grantMissing("POST", "/invite"),
    ),
  },
  {
    method: "GET",
    route: "/api/therapist-grants/:id/access-log",
    readOnly: true,
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/access-log`,
    cells: coupleSide(ok(200), grantMissing("GET", "/access-log")),
  },
  {
    method: "GET",
    route: "/api/therapist-grants/:id/exclusions",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/exclusions`,
    readOnly: true,
    cells: coupleSide(
      ok(200, (res, w) => expect(res.body).toMatchObject({ exclusions: [{ kind: "daily_answer", entryId: w.aAnswer }] })),
      grantMissing("GET", "/exclusions"),
    ),
  },
  {
    method: "POST",
    route: "/api/therapist-grants/:id/exclusions",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/exclusions`,
    body: (w) => ({ kind: "checkin", entryId: w.aShared }),
    cells: coupleSide(
      ok(201, async (_res, w) => {
        const summary = (await fullSummary(w)).body as { sharedCheckins: { id: string }[] };
        expect(summary.sharedCheckins.map((c) => c.id)).not.toContain(w.aShared);
      }),
      grantMissing("POST", "/exclusions", { kind: "checkin", entryId: "x" }),
    ),
  },
  {
    method: "POST",
    route: "/api/therapist-grants/:id/exclusions",
    label: "an entry from A's time with E",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/exclusions`,
    body: (w) => ({ kind: "checkin", entryId: w.aSharedWithEx }),
    cells: same(ok(404)),
  },
  {
    method: "DELETE",
    route: "/api/therapist-grants/:id/exclusions/:kind/:entryId",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/exclusions/daily_answer/${w.aAnswer}`,
    cells: coupleSide(ok(204), grantMissing("DELETE", `/exclusions/daily_answer/${NO_ID}`)),
  },
  {
    method: "GET",
    route: "/api/therapist-grants/:id/summary",
    path: (w) => `/api/therapist-grants/${tw(w).gFull}/summary?${rangeOf(w)}`,
    cells: coupleSide(
      ok(200, async (res, w) => {
        noPrivateWords(res);
        // The couple's own look is not a therapist's read.
        expect(await w.a.request("GET", `/api/therapist-grants/${tw(w).gFull}/access-log`)).toMatchObject({ body: { entries: [] } });
      }),
      missingLike((actor) => ({
        method: "GET",
        path: `/api/therapist-grants/${NO_ID}/summary?from=2026-01-01&to=2026-01-02`,
        body: actor === "self" ? undefined : undefined,
      })),
    ),
  },
  {
    method: "GET",
    route: "/api/therapist/invites/:code",
    audience: "therapist",
    readOnly: true,
    path: (w) => `/api/therapist/invites/${tw(w).openTherapistCode}`,
    cells: therapistsToo(ok(200, (res) => expect(res.body).toMatchObject({ coupleName: "Ada & Bo", scopes: ["repairs"] }))),
  },
  {
    method: "POST",
    route: "/api/therapist/join",
    audience: "therapist",
    path: () => "/api/therapist/join",
    body: (w) => ({ code: tw(w).openTherapistCode }),
    cells: therapistsToo(
      ok(200, async (res, w) => {
        expect(res.body).toMatchObject({ state: "waiting_for_consent", scopes: [] });
        const again = await tw(w).clients.therapistNone.request("POST", "/api/therapist/join", { code: tw(w).openTherapistCode });
        expect(again.status).toBe(404); // single use
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/therapist/clients",
    audience: "therapist",
    readOnly: true,
    path: () => "/api/therapist/clients",
    cells: therapistsToo(
      ok(200, (res, w, actor) => {
        const clients = (res.body as { clients: { grantId: string; state: string; scopes: string[] }[] }).clients;
        const own = isTherapist(actor) ? tw(w).grantOf[actor] : null;
        expect(clients.map((c) => c.grantId)).toEqual(own ? [own] : []);
        const expected: Record<TherapistActor, string | null> = {
          therapistNone: null,
          therapistOneConsent: "waiting_for_consent",
          therapistFull: "active",
          therapistRevoked: "ended",
          therapistOther: "active",
        };
        if (isTherapist(actor) && own) expect(clients[0]?.state).toBe(expected[actor]);
        if (actor === "therapistRevoked") expect(clients[0]?.scopes).toEqual([]);
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/therapist/clients/:grantId/summary",
    audience: "therapist",
    path: (w) => `/api/therapist/clients/${tw(w).gFull}/summary?${rangeOf(w)}`,
    cells: {
      ...therapistsToo(clientMissing(`/summary?from=2026-01-01&to=2026-01-02`)),
      therapistFull: ok(200, async (res, w) => {
        noPrivateWords(res);
        const log = (await w.b.request("GET", `/api/therapist-grants/${tw(w).gFull}/access-log`)).body as { entries: { what: string }[] };
        expect(log.entries.map((e) => e.what)).toEqual(["summary"]);
      }),
    },
  },
  {
    method: "GET",
    route: "/api/therapist/clients/:grantId/summary",
    label: "their own grant",
    audience: "therapist",
    path: (w, actor) => `/api/therapist/clients/${(isTherapist(actor) ? tw(w).grantOf[actor] : null) ?? NO_ID}/summary?${rangeOf(w)}`,
    cells: {
      ...therapistsToo(clientMissing(`/summary?from=2026-01-01&to=2026-01-02`)),
      therapistFull: ok(200, noPrivateWords),
      therapistOther: ok(200, (res, w) => {
        noPrivateWords(res);
        expect(JSON.stringify(res.body)).not.toContain(w.a.id);
      }),
    },
  },
  {
    method: "GET",
    route: "/api/therapist/clients/:grantId/access-log",
    audience: "therapist",
    path: (w) => `/api/therapist/clients/${tw(w).gFull}/access-log`,
    readOnly: true,
    cells: { ...therapistsToo(clientMissing("/access-log")), therapistFull: ok(200) },
  },
  {
    method: "GET",
    route: "/api/therapist/clients/:grantId/access-log",
    label: "their own grant",
    audience: "therapist",
    readOnly: true,
    path: (w, actor) => `/api/therapist/clients/${(isTherapist(actor) ? tw(w).grantOf[actor] : null) ?? NO_ID}/access-log`,
    cells: { ...therapistsToo(ok(200)), therapistNone: clientMissing("/access-log"), therapistRevoked: clientMissing("/access-log") },
  },
];

const momentKinds = async (w: World, who: Actor) =>
  ((await w.as(who).request("GET", `/api/moments?day=${w.today}`)).body as { moments: { kind: string }[] }).moments.map((m) => m.kind);
/** Warm moments: each person's own, about their own couple; never words. */
const MOMENT_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/moments",
    path: (w) => `/api/moments?day=${w.today}`,
    cells: {
      self: ok(200, (res) =>
        expect(res.body).toEqual({
          moments: [
            { kind: "linked", partnerName: "Bo" },
            { kind: "both_answered", partnerName: "Bo" },
          ],
        }),
      ),
      partner: ok(200, (res) =>
        expect(res.body).toEqual({
          moments: [
            { kind: "linked", partnerName: "Ada" },
            { kind: "both_answered", partnerName: "Ada" },
          ],
        }),
      ),
      otherCouple: ok(200, (res) => expect(res.body).toEqual({ moments: [{ kind: "linked", partnerName: "Di" }] })),
      exPartner: ok(200, (res) => expect(res.body).toEqual({ moments: [] })),
    },
  },
  {
    method: "POST",
    route: "/api/moments/seen",
    path: () => "/api/moments/seen",
    body: () => ({ kind: "linked" }),
    // Marks the caller's own moment only.
    cells: same(
      ok(204, async (_res, w, actor) => expect(await momentKinds(w, "self")).toEqual(actor === "self" ? ["both_answered"] : ["linked", "both_answered"])),
    ),
  },
];

const ROWS: Row[] = [
  ...THERAPIST_ROWS,
  ...INSIGHT_ROWS,
  ...MOMENT_ROWS,
  ...PRACTICE_ROWS,
  ...PUSH_ROWS,
  ...TEMPERATURE_ROWS,
  ...checkinRows("shared", (w) => w.aShared, true),
  ...checkinRows("private", (w) => w.aPrivate, false),
  ...checkinRows("shared with the ex", (w) => w.aSharedWithEx, false),
  {
    method: "GET",
    route: "/api/timeline",
    path: () => "/api/timeline",
    cells: {
      self: ok(200, (res, w) => expect(idsIn(res)).toEqual(expect.arrayContaining([w.aShared]))),
      partner: ok(200, (res, w) => {
        expect(idsIn(res)).toContain(w.aShared);
        expect(idsIn(res)).not.toContain(w.aPrivate);
        expect(idsIn(res)).not.toContain(w.aSharedWithEx);
      }),
      otherCouple: ok(200, (res, w) => expect(idsIn(res)).not.toEqual(expect.arrayContaining([w.aShared]))),
      exPartner: ok(200, (res) => expect(idsIn(res)).toEqual([])),
    },
  },
  {
    method: "GET",
    route: "/api/checkins/mine",
    path: () => "/api/checkins/mine",
    cells: {
      ...same(
        ok(200, (res, w) => {
          for (const id of [w.aShared, w.aPrivate, w.aSharedWithEx]) expect(idsIn(res)).not.toContain(id);
        }),
      ),
      self: ok(200, (res, w) => expect(idsIn(res)).toEqual(expect.arrayContaining([w.aShared, w.aPrivate, w.aSharedWithEx]))),
    },
  },
  {
    method: "POST",
    route: "/api/checkins",
    path: () => "/api/checkins",
    body: (w) => ({ day: w.today, emotions: { mad: 0, sad: 0, glad: 2, fear: 0 }, mindHeart: "ok", visibility: "shared" }),
    cells: same(ok(201, (res, w, actor) => expect((res.body as { author: { id: string } }).author.id).toBe(w.as(actor).id))),
  },
  {
    method: "GET",
    route: "/api/prompts/mind-heart",
    path: (w) => `/api/prompts/mind-heart?day=${w.today}`,
    cells: same(ok(200)),
  },
  {
    method: "POST",
    route: "/api/replies/:id/feedback",
    path: (w) => `/api/replies/${w.bReply}/feedback`,
    body: () => ({ heard: true, note: "yes" }),
    cells: { self: ok(200), partner: ok(403), otherCouple: ok(404, replyLooksMissing), exPartner: ok(404, replyLooksMissing) },
  },
  {
    method: "GET",
    route: "/api/daily-question",
    path: (w) => `/api/daily-question?day=${w.today}`,
    cells: {
      ...same(ok(200, (res) => expect(JSON.stringify(res.body)).not.toContain("The sea in winter."))),
      self: ok(200, (res) => expect(res.body).toMatchObject({ revealed: true, myAnswer: { text: "The sea in winter." } })),
      partner: ok(200, (res) => expect(res.body).toMatchObject({ revealed: true, partnerAnswer: { text: "The sea in winter." } })),
    },
  },
  {
    method: "POST",
    route: "/api/daily-question/answer",
    path: () => "/api/daily-question/answer",
    body: (w) => ({ day: w.today, text: "something" }),
    cells: {
      self: ok(409),
      partner: ok(409),
      otherCouple: ok(200, (res) => expect(res.body).toMatchObject({ revealed: false, partnerAnswer: null })),
      exPartner: ok(409),
    },
  },
  {
    method: "POST",
    route: "/api/daily-question/swap",
    path: () => "/api/daily-question/swap",
    body: (w) => ({ day: w.today }),
    // Someone has answered today in every linked couple of the world, so it stays; the ex is on their own.
    cells: {
      self: ok(409),
      partner: ok(409),
      otherCouple: ok(200, (res) => expect(JSON.stringify(res.body)).not.toContain("The sea in winter.")),
      exPartner: ok(409),
    },
  },
  {
    method: "POST",
    route: "/api/daily-question/skip",
    path: () => "/api/daily-question/skip",
    body: (w) => ({ day: w.today, skip: true }),
    cells: {
      self: ok(409),
      partner: ok(409),
      otherCouple: ok(200, (res) => expect(res.body).toMatchObject({ skipped: true, partnerAnswer: null })),
      exPartner: ok(409),
    },
  },
  {
    method: "GET",
    route: "/api/daily-question/settings",
    path: () => "/api/daily-question/settings",
    cells: same(ok(200, (res) => expect(res.body).toEqual({ sets: [], roughPatch: false, active: [] }))),
  },
  {
    method: "PUT",
    route: "/api/daily-question/settings",
    path: () => "/api/daily-question/settings",
    body: () => ({ sets: ["money"], roughPatch: true }),
    // Each person changes only their own choices; nothing is on for a couple until both chose it.
    cells: same(ok(200, (res) => expect(res.body).toMatchObject({ sets: ["money"], roughPatch: true, active: [] }))),
  },
  {
    method: "GET",
    route: "/api/answers/:id/replies",
    path: (w) => `/api/answers/${w.aAnswer}/replies`,
    cells: { self: ok(200), partner: ok(200), otherCouple: ok(404), exPartner: ok(404) },
  },
  {
    method: "POST",
    route: "/api/answers/:id/replies",
    path: (w) => `/api/answers/${w.aAnswer}/replies`,
    body: () => ({ body: "Tell me more about the sea?" }),
    cells: { self: ok(201), partner: ok(201), otherCouple: ok(404), exPartner: ok(404) },
  },
  {
    method: "GET",
    route: "/api/today",
    path: (w) => `/api/today?day=${w.today}`,
    cells: {
      // Only ids and kinds, only from the viewer's own couple: nothing of A's reaches C or E,
      // and nothing of what A shared with E reaches B.
      ...same(
        ok(200, (res, w) => {
          const text = JSON.stringify(res.body);
          for (const id of [w.aShared, w.aPrivate, w.aSharedWithEx, w.aAnswer, w.aTry, w.aRepair]) expect(text).not.toContain(id);
        }),
      ),
      self: ok(200, (res, w) => {
        const view = res.body as TodayView;
        expect(view.items).toEqual(
          expect.arrayContaining([
            { kind: "replies", targetKind: "checkin", targetId: w.aShared, unread: 1 },
            expect.objectContaining({ kind: "practice", tryId: w.aTry, invitedByPartner: false }),
            { kind: "repair", repairId: w.aRepair, startedByPartner: false },
          ]),
        );
        const text = JSON.stringify(view);
        for (const words of ["The sea in winter.", "Our first kitchen.", "That sounds really hard", "I felt so small"]) expect(text).not.toContain(words);
        expect(text).not.toContain(w.aPrivate);
      }),
      partner: ok(200, (res, w) => {
        const view = res.body as TodayView;
        expect(view.items).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ kind: "practice", tryId: w.aTry, invitedByPartner: true }),
            { kind: "repair", repairId: w.aRepair, startedByPartner: true },
          ]),
        );
        const text = JSON.stringify(view);
        for (const id of [w.aPrivate, w.aSharedWithEx]) expect(text).not.toContain(id);
        for (const words of ["The sea in winter.", "Back then I felt lonely.", "A secret worry"]) expect(text).not.toContain(words);
      }),
    },
  },
  {
    method: "GET",
    route: "/api/me/prefs",
    path: () => "/api/me/prefs",
    audience: "anyone",
    readOnly: true,
    cells: everyone(ok(200)),
  },
  {
    method: "PATCH",
    route: "/api/me/prefs",
    path: () => "/api/me/prefs",
    body: () => ({ defaultVisibility: "shared" }),
    audience: "anyone",
    cells: everyone(
      ok(200, async (_r, w, actor) => {
        expect(((await w.as(actor).request("GET", "/api/me/prefs")).body as { defaultVisibility: string }).defaultVisibility).toBe("shared");
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/me",
    path: () => "/api/me",
    audience: "anyone",
    readOnly: true,
    cells: everyone(
      ok(200, async (res, w, actor) => {
        const me = res.body as MeView;
        expect(me.user.id).toBe(w.as(actor).id);
        expect(me.user.role).toBe(isTherapist(actor) ? "therapist" : "partner");
        if (isTherapist(actor)) expect(me.couple).toBeNull();
        if (actor !== "self") expect(JSON.stringify(me)).not.toContain(w.a.email);
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/me/password",
    path: () => "/api/me/password",
    body: (w, actor) => ({ currentPassword: w.as(actor).password, newPassword: "a completely new phrase" }),
    audience: "anyone",
    cells: {
      ...everyone(
        ok(204, async (_res, w) => {
          expect((await w.a.logIn()).status).toBe(200);
        }),
      ),
      self: ok(204),
    },
  },
  {
    method: "POST",
    route: "/api/auth/logout",
    path: () => "/api/auth/logout",
    audience: "anyone",
    cells: { ...everyone(ok(204, async (_r, w) => aStillSignedIn(w))), self: ok(204) },
  },
  {
    method: "GET",
    route: "/api/sessions",
    path: () => "/api/sessions",
    audience: "anyone",
    readOnly: true,
    cells: everyone(
      ok(200, (res, w, actor) => {
        const ids = (res.body as { sessions: { id: string }[] }).sessions.map((s) => s.id);
        if (actor === "self") expect(ids).toContain(w.aSecondSessionId);
        else expect(ids).not.toContain(w.aSecondSessionId);
      }),
    ),
  },
  {
    method: "GET",
    route: "/api/me/export",
    path: () => "/api/me/export",
    audience: "anyone",
    readOnly: true,
    cells: everyone(
      ok(200, (res, _w, actor) => {
        const text = JSON.stringify(res.body);
        // A's private words are in A's export only; A's shared ones reach B only as shared with B.
        if (actor !== "self") expect(text).not.toContain("A secret worry about money.");
        if (actor !== "self") expect(text).not.toContain("Bo's dad left");
        if (actor !== "self" && actor !== "partner") expect(text).not.toContain("I felt so small in that meeting.");
        if (actor === "partner") expect(text).not.toContain("Back then I felt lonely.");
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/me/import",
    path: () => "/api/me/import",
    // An export with one check-in: it lands in the caller's own account, never in A's.
    body: () => ({
      format: "attune-export",
      version: 1,
      exportedAt: "2026-01-01T00:00:00.000Z",
      readme: "",
      account: { displayName: "X", email: "x@example.test", createdAt: "2026-01-01T00:00:00.000Z", defaultVisibility: "private", country: null },
      couples: [],
      replies: [],
      answers: [],
      partnerMapNotes: [],
      readiness: [],
      repairs: [],
      checkins: [
        {
          id: "c",
          day: "2020-02-02",
          emotions: { mad: 0, sad: 0, glad: 1, fear: 0 },
          high: "imported words",
          low: "",
          mindHeart: "",
          visibility: "shared",
          createdAt: "2020-02-02T00:00:00.000Z",
          updatedAt: "2020-02-02T00:00:00.000Z",
        },
      ],
      practice: { favourites: [], done: [], invitations: [] },
      sharedWithMe: { checkins: [], replies: [], answers: [] },
    }),
    cells: same(
      ok(200, async (_r, w, actor) => {
        const timeline = JSON.stringify((await w.b.request("GET", "/api/timeline")).body);
        expect(timeline).not.toContain("imported words"); // imported check-ins are private
        if (actor !== "self") expect(JSON.stringify((await w.a.request("GET", "/api/checkins/mine")).body)).not.toContain("imported words");
      }),
    ),
  },
  {
    method: "POST",
    route: "/api/me/delete",
    path: () => "/api/me/delete",
    body: () => ({ password: "not anyone's password" }),
    audience: "anyone",
    readOnly: true,
    cells: everyone(ok(401, async (_r, w) => aStillSignedIn(w))),
  },
  {
    method: "DELETE",
    route: "/api/replies/:id",
    path: (w) => `/api/replies/${w.bReply}`,
    cells: { self: missingReply(), partner: ok(204), otherCouple: missingReply(), exPartner: missingReply() },
  },
  {
    method: "DELETE",
    route: "/api/answers/:id",
    path: (w) => `/api/answers/${w.aAnswer}`,
    cells: { self: ok(204), partner: missingAnswer(), otherCouple: missingAnswer(), exPartner: missingAnswer() },
  },
  {
    method: "DELETE",
    route: "/api/sessions/:id",
    path: (w) => `/api/sessions/${w.aSecondSessionId}`,
    audience: "anyone",
    cells: { ...everyone({ ...ok(404, looksMissing), readOnly: true }), self: ok(204) },
  },
  {
    method: "DELETE",
    route: "/api/sessions",
    path: () => "/api/sessions",
    audience: "anyone",
    cells: everyone(ok(204, async (_r, w) => aStillSignedIn(w))),
  },
  {
    method: "POST",
    route: "/api/invites",
    path: () => "/api/invites",
    cells: { ...same(ok(409, linkedStill)), exPartner: ok(201, linkedStill) },
  },
  {
    method: "DELETE",
    route: "/api/invites/current",
    path: () => "/api/invites/current",
    cells: same(ok(204, linkedStill)),
  },
  {
    method: "GET",
    route: "/api/invites/:code",
    path: (w) => `/api/invites/${w.openInviteCode}`,
    cells: same(ok(200)),
  },
  {
    method: "POST",
    route: "/api/invites/:code/accept",
    path: (w) => `/api/invites/${w.openInviteCode}/accept`,
    cells: { ...same(ok(409, linkedStill)), exPartner: ok(200, linkedStill) },
  },
  {
    method: "POST",
    route: "/api/couple/unlink",
    path: () => "/api/couple/unlink",
    cells: {
      self: ok(204),
      partner: ok(204),
      otherCouple: ok(204, linkedStill), // ends their own couple, never ours
      exPartner: ok(404, linkedStill),
    },
  },
];

const isTherapist = (actor: AnyActor): actor is TherapistActor => (THERAPIST_ACTORS as readonly string[]).includes(actor);
const refusedBy = (code: "partners_only" | "therapists_only"): Cell => ok(403, (res) => expect(res.body).toMatchObject({ error: { code } }));

/** The cell an actor gets on a row, and whether it is a refusal that runs before any route code. */
function cellFor(row: Row, actor: AnyActor): { cell: Cell; refusal: boolean } | undefined {
  const audience = row.audience ?? "partner";
  if (actor === "anonymous") return row.cells.anonymous ? { cell: row.cells.anonymous, refusal: false } : { cell: ok(401), refusal: true };
  const written = row.cells[actor];
  if (written) return { cell: written, refusal: false };
  if (isTherapist(actor) && audience === "partner") return { cell: refusedBy("partners_only"), refusal: true };
  if (!isTherapist(actor) && audience === "therapist") return { cell: refusedBy("therapists_only"), refusal: true };
  return undefined;
}

/** Routes anyone may call, by design. */
const PUBLIC = new Set([
  "GET /api/session",
  "GET /api/help",
  "GET /api/health",
  "POST /api/auth/signup",
  "POST /api/auth/login",
  // Password reset is for people who cannot sign in; the code is the authorization (checked below).
  "POST /api/auth/reset/request",
  "POST /api/auth/reset/complete",
  "GET /api/openapi.json",
]);
/** Streams cannot be called in-process; events.test.ts checks who receives what. */
const STREAMS = new Set(["GET /api/events"]);

// Cells run five at a time (vitest's maxConcurrency): each has its own world or a shared one
// nothing changes, and on PostgreSQL most of a cell is waiting for the database (147 s one at a
// time, 104 s five at a time, under the same load).
describe.concurrent.each(engines)("authorization matrix on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine, { authAttemptsPerMinute: 10_000, inviteAttemptsPerMinute: 10_000 });
  });
  afterAll(async () => t.close());

  it("covers every API route", () => {
    const registered = t.app.apiRoutes
      .filter((r) => !r.url.startsWith("/api/docs"))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !PUBLIC.has(r) && !STREAMS.has(r));
    const covered = ROWS.map((r) => `${r.method} ${r.route}`);
    expect(new Set(registered)).toEqual(new Set(covered));
  });

  it("lets nobody learn about or take over an account through the public reset routes", async () => {
    const w = await buildWorld(t.app);
    for (const actor of ACTORS) {
      const asked = await w.as(actor).request("POST", "/api/auth/reset/request", { email: w.a.email });
      const unknown = await w.as(actor).request("POST", "/api/auth/reset/request", { email: "nobody-here@example.test" });
      expect(asked).toMatchObject({ status: 202 });
      expect(asked.body).toEqual(unknown.body);
      const guessed = await w
        .as(actor)
        .request("POST", "/api/auth/reset/complete", { code: "0000-0000-0000-0000-0000-0000-0000-0000", newPassword: "taken over at last" });
      expect(guessed).toMatchObject({ status: 400, body: { error: { field: "code" } } });
    }
    await aStillSignedIn(w);
    expect((await w.a.logIn()).status).toBe(200);
  });

  // Cells that are refused before any route code runs (no session: 401; the wrong kind of
  // account: 403) change nothing, so they share one world per engine instead of a fresh one each.
  // Read-only rows share another (their reads must not see a refusal world's... nothing; kept
  // apart anyway so a row wrongly marked read-only cannot disturb the refusals).
  let refusalWorld: Promise<World> | undefined;
  let readOnlyWorld: Promise<World> | undefined;
  const sharedRefusalWorld = () => (refusalWorld ??= buildWorld(t.app, { therapists: true }));
  const sharedReadOnlyWorld = () => (readOnlyWorld ??= buildWorld(t.app, { therapists: true }));
  const built = { plain: 0, withTherapists: 0 };
  const fresh = (therapists: boolean) => {
    built[therapists ? "withTherapists" : "plain"]++;
    return buildWorld(t.app, { therapists });
  };
  afterAll(() => console.log(`authorization matrix on ${engine}: fresh worlds ${built.plain} plain + ${built.withTherapists} with therapists, 2 shared`));

  for (const row of ROWS) {
    for (const actor of [...ACTORS, ...THERAPIST_ACTORS] as AnyActor[]) {
      const resolved = cellFor(row, actor);
      it(`${row.method} ${row.route}${row.label ? ` (${row.label})` : ""} as ${actor}`, async () => {
        if (!resolved) throw new Error(`no cell for ${actor}: a route for ${row.audience} must say what each actor gets`);
        const { cell, refusal } = resolved;
        const withTherapists = !refusal && (isTherapist(actor) || row.route.includes("therapist"));
        const w = refusal ? await sharedRefusalWorld() : row.readOnly || cell.readOnly ? await sharedReadOnlyWorld() : await fresh(withTherapists);
        const client = w.as(actor);
        const res = await client.request(row.method, row.path(w, actor), row.body?.(w, actor));
        expect(res.status, JSON.stringify(res.body)).toBe(cell.status);
        if (actor === "anonymous") {
          expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
          await aStillSignedIn(w);
        }
        await cell.check?.(res, w, actor);
      });
    }
  }
});
