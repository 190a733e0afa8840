import { INSIGHT_SIGN_IDS, type InsightSignId, type MyInsightsView, type OurInsightsView } from "@attune/shared";
import type { InsightReplyRow, InsightShareRow, UserRecord } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";
import { DomainError } from "../errors.ts";
import { presentSign } from "./copy.ts";
import { DAY_MS, dayOfTime, dayString, type CoupleFacts, type ShareFact } from "./facts.ts";
import { RULES } from "./rules.ts";
import { buildSeries, REPLY_WAIT_DAYS } from "./series.ts";
import { signsFor } from "./signs.ts";
import { mySummary, ourSummary, period } from "./summaries.ts";
import { viewFor } from "./view.ts";

/** The longest look-back of any sign's rule: its runs, the baseline weeks before them, and the reply wait. */
const RULE_DAYS =
  Math.max(RULES.distance.maxRunDays, RULES.loneliness.maxRunDays, RULES.harshness.maxRunDays, RULES.imbalance.maxRunDays) +
  RULES.baselineDays +
  REPLY_WAIT_DAYS;

/**
 * Insights read the last LOOKBACK_DAYS: the 12-week view, and for the signs the rule's
 * look-back from each of the last four weeks (how long a sign has held, for "lasting").
 */
export const LOOKBACK_DAYS = Math.max(12 * 7 + 7, RULE_DAYS + 28);

/** The rows of one couple (or one person), as facts the pure functions read. */
export function toFacts(people: [string, string] | [string], coupleId: string | null, shares: InsightShareRow[], replies: InsightReplyRow[]): CoupleFacts {
  const facts: ShareFact[] = shares.map((s) => ({
    id: s.id,
    authorId: s.authorId,
    day: s.day,
    // Shared means shared in this couple: a share from an earlier couple counts as private.
    shared: s.visibility === "shared" && coupleId !== null && s.coupleId === coupleId,
    inner: s.inner,
    emotions: s.emotions,
    words: s.words,
    createdAt: s.createdAt,
  }));
  return {
    people: (people.length === 2 ? people : [people[0], people[0]]) as [string, string],
    shares: facts,
    replies: replies.map((r) => ({
      checkinId: r.targetKind === "checkin" ? r.targetId : null,
      toId: r.toId,
      authorId: r.authorId,
      createdAt: r.createdAt,
      level: r.level === null ? null : (Math.max(0, Math.min(2, r.level)) as 0 | 1 | 2),
      pitfalls: r.pitfalls,
      heard: r.heard,
      heardAt: r.heardAt,
    })),
  };
}

/** My insights and the signs that concern me, never anyone else's. */
export async function myInsights(deps: DomainDeps, user: UserRecord, weeks: 4 | 12): Promise<MyInsightsView> {
  const today = dayOfTime(deps.now());
  const fromDay = today - LOOKBACK_DAYS;
  // One read: on PostgreSQL a round trip, not the rows, was most of a request's time.
  const rows = await deps.store.insights.personRows(user.id, { fromDay: dayString(fromDay), since: fromDay * DAY_MS, firstLevels: 20 });
  const { couple, mutedSigns: muted } = rows;
  const people: [string, string] | [string] = couple ? [user.id, couple.partnerId] : [user.id];
  const facts = viewFor(toFacts(people, couple?.id ?? null, rows.shares, rows.replies), user.id);
  const summary = mySummary(facts, user.id, today, weeks, rows.firstLevels);
  let signs: MyInsightsView["signs"] = [];
  if (couple) {
    const series = buildSeries(facts, fromDay, today);
    signs = signsFor(series, facts.people, user.id, today)
      .filter((s) => !muted.includes(s.id))
      .map(presentSign);
  }
  return { ...summary, signs, muted: muted.filter((m): m is InsightSignId => (INSIGHT_SIGN_IDS as readonly string[]).includes(m)) };
}

/** Our insights: only while both partners of the current couple say yes. */
export async function ourInsights(deps: DomainDeps, user: UserRecord, weeks: 4 | 12): Promise<OurInsightsView> {
  const today = dayOfTime(deps.now());
  const p = period(today, weeks);
  // The couple, both yeses and (only when both said yes) the couple's rows, in one read.
  const { couple, optedIn: opted, shares, replies } = await deps.store.insights.coupleRows(user.id, { fromDay: dayString(p.from), since: p.from * DAY_MS });
  if (!couple) return { optIn: { me: false, partner: false }, insights: null };
  const optIn = { me: opted.includes(user.id), partner: opted.includes(couple.partnerId) };
  if (!optIn.me || !optIn.partner) return { optIn, insights: null };
  const people: [string, string] = [user.id, couple.partnerId];
  const [tries, repairs] = await Promise.all([
    deps.store.library.triesForCouple(couple.id),
    deps.store.repairs.forPerson(user.id).then((all) => all.filter((r) => r.coupleId === couple.id)),
  ]);
  // Both said yes to seeing the shared side together: still only what each shared.
  const facts = viewFor(viewFor(toFacts(people, couple.id, shares, replies), user.id), couple.partnerId);
  const inPeriod = (at: number | null) => at !== null && dayOfTime(at) >= p.from;
  const practicesTogether = tries.filter(
    (t) => t.inviterDoneAt !== null && t.partnerDoneAt !== null && inPeriod(Math.max(t.inviterDoneAt, t.partnerDoneAt)),
  ).length;
  const repairsCompleted = repairs.filter((r) => !r.open && (r.state as { step?: string } | null)?.step === "done" && inPeriod(r.updatedAt)).length;
  return { optIn, insights: ourSummary(facts, user.id, couple.partnerId, today, weeks, { practicesTogether, repairsCompleted }) };
}

export async function setOurInsightsOptIn(deps: DomainDeps, user: UserRecord, on: boolean): Promise<OurInsightsView["optIn"]> {
  const couple = await deps.store.couples.activeForUser(user.id);
  if (!couple) throw new DomainError("conflict", "Link with your partner first; then you can look at your insights together.");
  await deps.store.insights.setOptIn(couple.id, user.id, on, deps.now());
  const opted = await deps.store.insights.optedIn(couple.id);
  return { me: opted.includes(user.id), partner: opted.includes(couple.partnerId) };
}

export async function muteSign(deps: DomainDeps, user: UserRecord, sign: InsightSignId, muted: boolean): Promise<void> {
  await deps.store.insights.setMuted(user.id, sign, muted, deps.now());
}
