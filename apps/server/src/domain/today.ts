import { expectedActions, libraryItemById, parseRepairState, type TodayItem } from "@attune/shared";
import type { CoupleRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { iso } from "./time.ts";

/**
 * Today: what waits for the viewer now, most pressing first. Each source below reads the
 * store the way its own screen does and keeps only what is the viewer's to do; no item
 * carries anyone's words. See docs/today.md for what counts and why.
 */
export interface TodayState {
  day: string;
  partnerName: string | null;
  items: TodayItem[];
}

/** A partner's check-in stays "waiting for your reply" this long, then it is simply in the timeline. */
export const FRESH_SHARE_MS = 2 * 86_400_000;
/** How many of the couple's newest check-ins are looked at for fresh shares. */
const RECENT_SHARES = 10;
const PRACTICE_WINDOW_MS = 7 * 86_400_000;
const MAX_PRACTICES = 3;

export async function today(deps: DomainDeps, viewer: UserRecord, day: string): Promise<TodayState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { day, partnerName: null, items: [] };
  const partner = await deps.store.users.findById(couple.partnerId);
  const groups = await Promise.all([
    repairItems(deps, viewer.id, couple),
    sharedItems(deps, viewer.id, couple),
    replyItems(deps, viewer.id, couple),
    dailyItems(deps, viewer.id, couple, day),
    practiceItems(deps, viewer.id, couple),
    temperatureItems(deps, viewer.id, couple),
  ]);
  return { day, partnerName: partner?.displayName ?? null, items: groups.flat() };
}

/** The partner's recent shared check-ins I have not replied to. */
async function sharedItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord): Promise<TodayItem[]> {
  const since = deps.now() - FRESH_SHARE_MS;
  const recent = await deps.store.checkins.timeline(couple.id, viewerId, null, RECENT_SHARES);
  const fresh = recent.filter((c) => c.authorId === couple.partnerId && c.createdAt >= since);
  const unanswered = await Promise.all(
    fresh.map(async (c) => {
      const replies = c.replyCount === 0 ? [] : await deps.store.replies.listForTarget("checkin", c.id);
      return replies.some((r) => r.authorId === viewerId) ? null : c;
    }),
  );
  return unanswered.flatMap((c) => (c ? [{ kind: "partner_shared" as const, checkinId: c.id, sharedAt: iso(c.createdAt) }] : []));
}

/**
 * Today's question, while I have not answered. Whether the partner answered is shown
 * (the question screen says so too); what they answered stays sealed until I answer.
 */
async function dailyItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord, day: string): Promise<TodayItem[]> {
  const answers = await deps.store.answers.forCoupleDay(couple.id, day);
  if (answers.some((a) => a.userId === viewerId)) return [];
  return [{ kind: "daily_question", partnerAnswered: answers.some((a) => a.userId === couple.partnerId) }];
}

/**
 * The open repair when a step waits for me. Only whose turn it is leaves the state: the
 * partner's safety answers never do (a check that raised a concern closes the repair,
 * and a closed repair is not listed, so "why" is never shown).
 */
async function repairItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord): Promise<TodayItem[]> {
  const r = await deps.store.repairs.openForCouple(couple.id);
  if (!r || (r.aId !== viewerId && r.bId !== viewerId)) return [];
  const parsed = parseRepairState(r.state);
  if (!parsed.ok) return [];
  const me = r.aId === viewerId ? "a" : "b";
  const mine = expectedActions(parsed.state).find((e) => e.by === me);
  const myTurn = Boolean(mine?.types.some((t) => t !== "pause" && t !== "end"));
  return myTurn ? [{ kind: "repair", repairId: r.id, startedByPartner: r.aId !== viewerId }] : [];
}

/** Threads on my own shares with partner replies newer than my last look. */
async function replyItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord): Promise<TodayItem[]> {
  const threads = await deps.store.threadSeen.unseen(viewerId, couple.id);
  return threads.map((t) => ({ kind: "replies" as const, targetKind: t.targetKind, targetId: t.targetId, unread: t.count }));
}

/**
 * Practices we said we would try this past week, while my side is not done. Older ones
 * stay on the practice page: an ever-growing list of "not yet" would read as guilt.
 */
async function practiceItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord): Promise<TodayItem[]> {
  const since = deps.now() - PRACTICE_WINDOW_MS;
  const tries = (await deps.store.library.triesForCouple(couple.id)).filter((t) => t.createdAt >= since);
  return tries.slice(0, MAX_PRACTICES).flatMap((t) => {
    const invitedByPartner = t.inviterId !== viewerId;
    const myDone = invitedByPartner ? t.partnerDoneAt : t.inviterDoneAt;
    const item = libraryItemById(t.itemId);
    if (myDone !== null || !item) return [];
    return [{ kind: "practice" as const, tryId: t.id, itemId: t.itemId, title: item.title, invitedByPartner }];
  });
}

/** The couple's open temperature reading while my part of it is not done. */
async function temperatureItems(deps: DomainDeps, viewerId: string, couple: CoupleRecord): Promise<TodayItem[]> {
  const reading = await deps.store.temperature.openForCouple(couple.id);
  if (!reading) return [];
  const finishes = await deps.store.temperature.finishesOf([reading.id]);
  if (finishes.some((f) => f.userId === viewerId)) return [];
  return [
    {
      kind: "temperature",
      readingId: reading.id,
      startedByPartner: reading.startedBy !== viewerId,
      partnerFinished: finishes.some((f) => f.userId === couple.partnerId),
    },
  ];
}
