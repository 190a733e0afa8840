import {
  EXPORT_FORMAT,
  EXPORT_README,
  EXPORT_VERSION,
  LIBRARY_ITEMS,
  PUSH_KINDS,
  parseRepairState,
  questionById,
  readinessResultSchema,
  type ImportResult,
  type MyDataExport,
  type Person,
  type PushKind,
} from "@attune/shared";
import { UniqueViolation, type AnswerRecord, type UserRecord } from "../storage/store.ts";
import { personChannel } from "../events/bus.ts";
import type { DomainDeps } from "./deps.ts";
import { endGrantsOfCouple, endGrantsOfTherapist, announceEnded } from "./therapist/edges.ts";
import { exportTherapistSharing } from "./therapist/export.ts";
import { DomainError, notFound } from "./errors.ts";
import { newId } from "./ids.ts";
import { iso } from "./time.ts";

const ALL = 1_000_000;

/** Everything that is the person's, and what their current partner shared with them, as one document. */
export async function exportMyData(deps: DomainDeps, user: UserRecord): Promise<MyDataExport> {
  const { store } = deps;
  const couple = await store.couples.activeForUser(user.id);
  const nameOf = await nameLookup(deps);
  const [history, checkins, replies, answers, notes, readiness, repairs, favourites, done, tries, temperature, push] = await Promise.all([
    store.couples.historyForUser(user.id),
    store.checkins.history(user.id, null, ALL),
    store.replies.byAuthor(user.id),
    store.answers.byUser(user.id),
    store.notes.byAuthor(user.id),
    store.readiness.forUser(user.id),
    store.repairs.forPerson(user.id),
    store.library.favourites(user.id),
    store.library.done(user.id),
    store.library.triesByInviter(user.id),
    store.temperature.entriesByAuthor(user.id),
    store.push.prefsFor(user.id),
  ]);
  const therapistSharing = await exportTherapistSharing(deps, user);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(deps.now()),
    readme: EXPORT_README,
    account: {
      displayName: user.displayName,
      email: user.email,
      createdAt: iso(user.createdAt),
      defaultVisibility: user.defaultVisibility,
      country: user.country,
    },
    // The person's choices; their devices' subscriptions (endpoints, keys) are not theirs to carry (docs/privacy.md).
    notifications: push
      ? {
          kinds: push.kinds.filter((k): k is PushKind => (PUSH_KINDS as readonly string[]).includes(k)),
          reminderTime: push.reminderTime,
          quietHours: push.quietHours,
          timeZone: push.timeZone,
        }
      : null,
    couples: await Promise.all(
      history.map(async (c) => ({ partnerName: await nameOf(c.partnerId), from: iso(c.joinedAt), to: c.leftAt === null ? null : iso(c.leftAt) })),
    ),
    checkins: [...checkins].reverse().map((c) => ({
      id: c.id,
      day: c.day,
      emotions: c.emotions,
      high: c.high,
      low: c.low,
      mindHeart: c.mindHeart,
      visibility: c.visibility,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    })),
    replies: replies.map((r) => ({
      id: r.id,
      to: r.targetKind,
      toId: r.targetId,
      body: r.body,
      createdAt: iso(r.createdAt),
      feedback: r.feedback ? { heard: r.feedback.heard, note: r.feedback.note, at: iso(r.feedback.at) } : null,
    })),
    answers: answers.map((a) => ({
      id: a.id,
      day: a.day,
      question: questionById(a.questionId)?.text ?? a.questionId,
      text: a.text,
      createdAt: iso(a.createdAt),
    })),
    partnerMapNotes: await Promise.all(
      notes.map(async (n) => ({
        id: n.id,
        about: await nameOf(n.subjectId),
        category: n.category,
        text: n.text,
        visibility: n.visibility,
        response: n.response ? { status: n.response.status, correction: n.response.correction, at: iso(n.response.at) } : null,
        createdAt: iso(n.createdAt),
        updatedAt: iso(n.updatedAt),
      })),
    ),
    readiness: readiness.map((r) => ({
      id: r.id,
      takenAt: iso(r.createdAt),
      version: r.version,
      answers: r.answers,
      result: readinessResultSchema.safeParse(r.result).data ?? r.result,
      sharedWithPartner: r.sharedCoupleId !== null && r.sharedCoupleId === couple?.id,
    })),
    repairs: repairs.flatMap((r) => {
      const parsed = parseRepairState(r.state);
      if (!parsed.ok) return [];
      const s = parsed.state;
      const me: Person = r.aId === user.id ? "a" : "b";
      const them: Person = me === "a" ? "b" : "a";
      const apology = s.apology[me];
      const telling = s.sides[me].telling;
      return [
        {
          id: r.id,
          startedAt: iso(r.createdAt),
          mode: r.mode,
          outcome: s.step,
          myWords: {
            telling: telling ? { happened: telling.happened, feelingWords: telling.feelingWords, needed: telling.needed } : null,
            reflections: s.sides[them].reflections,
            clarifications: s.sides[me].clarifications,
            ownPart: s.ownPart[me],
            apology: apology?.kind === "offered" ? apology.text : null,
          },
          // Both accepted it (or it is still a proposal between them): it belongs to both.
          agreement: s.agreement?.text ?? null,
        },
      ];
    }),
    temperature: temperature.map((e) => ({ readingId: e.readingId, part: e.part, text: e.text, at: iso(e.updatedAt) })),
    practice: {
      favourites,
      done: done.map((d) => ({ itemId: d.itemId, at: iso(d.at) })),
      invitations: tries.map((t) => ({ itemId: t.itemId, at: iso(t.createdAt) })),
    },
    sharedWithMe: couple
      ? await sharedWithMe(
          deps,
          user,
          couple.id,
          couple.partnerId,
          nameOf,
          checkins.map((c) => c.id),
          answers,
        )
      : { checkins: [], replies: [], answers: [] },
    therapistSharing,
  };
}

/** What the current partner shared with the person: only in the couple they are in now, as shared. */
async function sharedWithMe(
  deps: DomainDeps,
  user: UserRecord,
  coupleId: string,
  partnerId: string,
  nameOf: (id: string) => Promise<string>,
  myCheckinIds: string[],
  myAnswers: AnswerRecord[],
): Promise<MyDataExport["sharedWithMe"]> {
  const { store } = deps;
  const from = await nameOf(partnerId);
  const timeline = await store.checkins.timeline(coupleId, user.id, null, ALL);
  const theirCheckins = timeline.filter((c) => c.authorId === partnerId);
  const repliesToMe = (
    await Promise.all([
      ...myCheckinIds.map((id) => store.replies.listForTarget("checkin", id)),
      ...myAnswers.filter((a) => a.coupleId === coupleId).map((a) => store.replies.listForTarget("answer", a.id)),
    ])
  )
    .flat()
    .filter((r) => r.authorId === partnerId && r.coupleId === coupleId);
  // A partner's answer is theirs to share only once both answered that day, as on screen.
  const theirAnswers = (await Promise.all(myAnswers.filter((a) => a.coupleId === coupleId).map((a) => store.answers.forCoupleDay(coupleId, a.day))))
    .flat()
    .filter((a) => a.userId === partnerId);
  return {
    checkins: theirCheckins.map((c) => ({
      from,
      day: c.day,
      emotions: c.emotions,
      high: c.high,
      low: c.low,
      mindHeart: c.mindHeart,
      createdAt: iso(c.createdAt),
    })),
    replies: repliesToMe.map((r) => ({ from, toMyCheckinOrAnswer: r.targetId, body: r.body, createdAt: iso(r.createdAt) })),
    answers: theirAnswers.map((a) => ({ from, day: a.day, question: questionById(a.questionId)?.text ?? a.questionId, text: a.text })),
  };
}

async function nameLookup(deps: DomainDeps): Promise<(id: string) => Promise<string>> {
  const cache = new Map<string, string>();
  return async (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const name = (await deps.store.users.findById(id))?.displayName ?? "A former partner";
    cache.set(id, name);
    return name;
  };
}

/** Deletes one reply the person wrote, whatever became of the couple since. */
export async function deleteMyReply(deps: DomainDeps, user: UserRecord, id: string): Promise<void> {
  const reply = await deps.store.replies.findById(id);
  if (!reply || reply.authorId !== user.id) throw notFound("That reply");
  await deps.store.replies.delete(id);
  const couple = await deps.store.couples.activeForUser(user.id);
  if (couple?.id === reply.coupleId) await deps.events.publish({ coupleId: couple.id, type: "reply", id, actorId: user.id });
}

/** Deletes one daily answer the person wrote, and the replies to it. */
export async function deleteMyAnswer(deps: DomainDeps, user: UserRecord, id: string): Promise<void> {
  const answer = await deps.store.answers.findById(id);
  if (!answer || answer.userId !== user.id) throw notFound("That answer");
  await deps.store.transaction(async (repos) => {
    await repos.replies.deleteForTarget("answer", id);
    await repos.answers.delete(id);
  });
  const couple = await deps.store.couples.activeForUser(user.id);
  if (couple?.id === answer.coupleId) await deps.events.publish({ coupleId: couple.id, type: "answer", id, actorId: user.id });
}

/**
 * Deletes the account and everything in it at once. The partner is told only that the
 * couple ended; replies they wrote to the person's shares go too (they answered words that
 * no longer exist). Every other row the person authored goes with the account (cascade).
 */
export async function deleteAccount(deps: DomainDeps, user: UserRecord, password: string): Promise<void> {
  if (!(await deps.passwords.verify(user.passwordHash, password))) {
    throw new DomainError("invalid_credentials", "That password is not right.", { field: "password" });
  }
  const couple = await deps.store.couples.activeForUser(user.id);
  const [checkins, answers] = await Promise.all([deps.store.checkins.history(user.id, null, ALL), deps.store.answers.byUser(user.id)]);
  const now = deps.now();
  const endedGrants = await deps.store.transaction(async (repos) => {
    // Therapist grants end first, so the couple's list says why ("partner_left" / "therapist_left").
    const ended = [
      ...(couple ? await endGrantsOfCouple(repos, couple.id, "partner_left", user.id, now) : []),
      ...(user.role === "therapist" ? await endGrantsOfTherapist(repos, user.id, now) : []),
    ];
    if (couple) await repos.couples.end(couple.id, now);
    for (const c of checkins) await repos.replies.deleteForTarget("checkin", c.id);
    for (const a of answers) await repos.replies.deleteForTarget("answer", a.id);
    await repos.users.delete(user.id);
    return ended;
  });
  await announceEnded(deps, endedGrants, user.id);
  if (couple) await deps.events.publish({ coupleId: couple.id, type: "couple", id: couple.id, actorId: user.id });
  await deps.events.publish({ coupleId: personChannel(user.id), type: "sessions", id: user.id, actorId: user.id });
}

/**
 * Brings an export from another Attune server into this (new) account: the person's own
 * check-ins (as private: no couple here has seen them), Readiness results, practice
 * history and settings. Replies, answers, notes and repairs belonged to a couple on the old
 * server and stay in the file. Days already checked in here are skipped, never overwritten.
 */
export async function importMyData(deps: DomainDeps, user: UserRecord, data: MyDataExport): Promise<ImportResult> {
  const { store } = deps;
  const ms = (value: string) => {
    const t = Date.parse(value);
    return Number.isFinite(t) ? t : deps.now();
  };
  let checkins = 0;
  let skippedCheckins = 0;
  for (const c of data.checkins) {
    try {
      await store.checkins.create({
        id: newId(),
        authorId: user.id,
        coupleId: null,
        day: c.day,
        emotions: c.emotions,
        high: c.high,
        low: c.low,
        promptId: null,
        mindHeart: c.mindHeart,
        visibility: "private",
        createdAt: ms(c.createdAt),
        updatedAt: ms(c.updatedAt),
      });
      checkins++;
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
      skippedCheckins++;
    }
  }
  for (const r of data.readiness) {
    await store.readiness.create({
      id: newId(),
      userId: user.id,
      version: r.version,
      answers: r.answers,
      result: r.result,
      sharedCoupleId: null,
      createdAt: ms(r.takenAt),
    });
  }
  const known = new Set(LIBRARY_ITEMS.map((i) => i.id));
  const favourites = data.practice.favourites.filter((id) => known.has(id));
  for (const id of favourites) await store.library.setFavourite(user.id, id, true, deps.now());
  const done = data.practice.done.filter((d) => known.has(d.itemId));
  for (const d of done) await store.library.markDone(user.id, d.itemId, ms(d.at));
  await store.users.setDefaultVisibility(user.id, data.account.defaultVisibility);
  if (data.account.country !== null) await store.users.setCountry(user.id, data.account.country);
  const n = data.notifications;
  if (n)
    await store.push.savePrefs({
      userId: user.id,
      kinds: [...new Set(n.kinds)],
      reminderTime: n.reminderTime,
      quietHours: n.quietHours,
      timeZone: n.timeZone,
      updatedAt: deps.now(),
    });
  return { checkins, skippedCheckins, readiness: data.readiness.length, favourites: favourites.length, done: done.length, notifications: n !== null };
}
