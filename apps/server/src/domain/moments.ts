import { firstName, type MomentKind, type MomentView } from "@attune/shared";
import type { UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";

/** A moment still shows this long after it happened (someone away for a while still sees it). */
const MOMENT_WINDOW_MS = 7 * 86_400_000;

/**
 * The warm moments waiting for the person, not yet shown to them: linking with their
 * partner, their first check-in, and the first day both answered today's question. Each
 * is remembered per person under a key naming the couple where it is about the two of
 * them (a new partner is a new beginning). No counts, no words.
 */
export async function pendingMoments(deps: DomainDeps, user: UserRecord, day: string): Promise<MomentView[]> {
  const { store } = deps;
  const now = deps.now();
  const [couple, seenList, firstTwo] = await Promise.all([
    store.couples.activeForUser(user.id),
    store.moments.seen(user.id),
    store.checkins.history(user.id, null, 2),
  ]);
  const seen = new Set(seenList);
  const partner = couple ? await store.users.findById(couple.partnerId) : undefined;
  const partnerName = partner ? firstName(partner.displayName) : null;
  const out: MomentView[] = [];
  if (couple && now - couple.since < MOMENT_WINDOW_MS && !seen.has(momentKey("linked", couple.id))) out.push({ kind: "linked", partnerName });
  const [only] = firstTwo;
  if (firstTwo.length === 1 && only && now - only.createdAt < MOMENT_WINDOW_MS && !seen.has(momentKey("first_checkin", null)))
    out.push({ kind: "first_checkin", partnerName: null });
  if (couple && !seen.has(momentKey("both_answered", couple.id)) && (await firstDayBothAnswered(deps, user.id, couple.id, couple.partnerId, day))) {
    out.push({ kind: "both_answered", partnerName });
  }
  return out;
}

/** Whether `day` is the first day the two of them both answered, in this couple. Days only are compared. */
async function firstDayBothAnswered(deps: DomainDeps, userId: string, coupleId: string, partnerId: string, day: string): Promise<boolean> {
  const today = await deps.store.answers.forCoupleDay(coupleId, day);
  if (!today.some((a) => a.userId === userId) || !today.some((a) => a.userId === partnerId)) return false;
  const [mine, theirs] = await Promise.all([deps.store.answers.byUser(userId), deps.store.answers.byUser(partnerId)]);
  const theirDays = new Set(theirs.filter((a) => a.coupleId === coupleId).map((a) => a.day));
  return !mine.some((a) => a.coupleId === coupleId && a.day < day && theirDays.has(a.day));
}

const momentKey = (kind: MomentKind, coupleId: string | null) => (coupleId ? `${kind}:${coupleId}` : kind);

/** Remembers that the person was shown a moment (in their current couple, for the couple's ones). */
export async function markMomentSeen(deps: DomainDeps, user: UserRecord, kind: MomentKind): Promise<void> {
  if (kind === "first_checkin") return deps.store.moments.markSeen(user.id, momentKey(kind, null), deps.now());
  const couple = await deps.store.couples.activeForUser(user.id);
  if (couple) await deps.store.moments.markSeen(user.id, momentKey(kind, couple.id), deps.now());
}
