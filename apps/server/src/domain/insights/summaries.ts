import type { EmotionWeekView, MyInsightsView, OurInsightsView } from "@attune/shared";
import type { CORE_EMOTIONS } from "@attune/shared";
import { DAY_MS, dayNumber, dayOfTime, dayString, type CoupleFacts, type ReplyFact } from "./facts.ts";

/** Monday of the week holding day number `d` (1970-01-01 was a Thursday). */
export const mondayOf = (d: number): number => d - ((d + 3) % 7);

/** The period shown: the last `weeks` calendar weeks, this one included. */
export function period(today: number, weeks: number): { from: number; to: number } {
  return { from: mondayOf(today) - (weeks - 1) * 7, to: today };
}

const within = (d: number, p: { from: number; to: number }) => d >= p.from && d <= p.to;
const ratio = (n: number, of: number) => (of > 0 ? n / of : null);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** How many times each value occurs, most frequent first (ties by name), at most `top`. */
function ranked(values: string[], top: number): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([id, count]) => ({ id, count }));
}

export function emotionWeeks(facts: CoupleFacts, person: string, p: { from: number; to: number }): EmotionWeekView[] {
  const weeks: EmotionWeekView[] = [];
  for (let start = p.from; start <= p.to; start += 7) {
    const mine = facts.shares.filter((s) => s.authorId === person && within(dayNumber(s.day), { from: start, to: start + 6 }));
    const mean = (k: (typeof CORE_EMOTIONS)[number]) => (mine.length ? round2(mine.reduce((t, s) => t + s.emotions[k], 0) / mine.length) : null);
    weeks.push({ weekStart: dayString(start), checkins: mine.length, mad: mean("mad"), sad: mean("sad"), glad: mean("glad"), fear: mean("fear") });
  }
  return weeks;
}

/** Replies between the two (never to oneself) the coach read, by `author`, created within the period. */
const readReplies = (replies: ReplyFact[], author: string, p: { from: number; to: number }) =>
  replies.filter((r) => r.authorId === author && r.toId !== author && r.level !== null && within(dayOfTime(r.createdAt), p));

function heardOf(replies: ReplyFact[], person: string, p: { from: number; to: number }) {
  const answers = replies.filter(
    (r) => r.toId === person && r.authorId !== person && r.heard !== null && r.heardAt !== null && within(dayOfTime(r.heardAt), p),
  );
  const yes = answers.filter((r) => r.heard).length;
  return { yes, no: answers.length - yes, rate: ratio(yes, answers.length) };
}

/** My insights, without signs (those come from the rules): the person's own view of the period. */
export function mySummary(facts: CoupleFacts, person: string, today: number, weeks: number, atStartLevels: number[]): Omit<MyInsightsView, "signs" | "muted"> {
  const p = period(today, weeks);
  const mine = facts.shares.filter((s) => s.authorId === person && within(dayNumber(s.day), p));
  const answered = new Set(facts.replies.filter((r) => r.authorId !== person && r.checkinId !== null).map((r) => r.checkinId));
  const shared = mine.filter((s) => s.shared);
  const replies = readReplies(facts.replies, person, p);
  const good = replies.filter((r) => (r.level ?? 0) >= 1).length;
  return {
    weeks,
    from: dayString(p.from),
    to: dayString(p.to),
    emotions: emotionWeeks(facts, person, p),
    themes: ranked(
      mine.flatMap((s) => s.words),
      8,
    ).map(({ id, count }) => ({ word: id, count })),
    sharing: { checkins: mine.length, shared: shared.length, repliedTo: shared.filter((s) => answered.has(s.id)).length },
    heard: heardOf(facts.replies, person, p),
    listening: {
      replies: replies.length,
      levelOneOrTwo: ratio(good, replies.length),
      levelTwo: ratio(replies.filter((r) => r.level === 2).length, replies.length),
      topPitfalls: ranked(
        replies.flatMap((r) => r.pitfalls),
        3,
      ),
      atStart: ratio(atStartLevels.filter((l) => l >= 1).length, atStartLevels.length),
    },
  };
}

/** Our insights: the two side by side, in the same words, no ranking. */
export function ourSummary(
  facts: CoupleFacts,
  me: string,
  partner: string,
  today: number,
  weeks: number,
  extra: { practicesTogether: number; repairsCompleted: number },
): NonNullable<OurInsightsView["insights"]> {
  const p = period(today, weeks);
  const side = (person: string, other: string) => ({
    shared: facts.shares.filter((s) => s.authorId === person && s.shared && within(dayNumber(s.day), p)).length,
    replied: facts.replies.filter((r) => r.authorId === person && r.toId === other && within(dayOfTime(r.createdAt), p)).length,
    heardRate: heardOf(facts.replies, person, p).rate,
  });
  const sharedAt = new Map(facts.shares.filter((s) => s.shared && within(dayNumber(s.day), p)).map((s) => [s.id, s]));
  const first = new Map<string, number>();
  for (const r of facts.replies) {
    const s = r.checkinId === null ? undefined : sharedAt.get(r.checkinId);
    if (s && s.authorId !== r.authorId) first.set(s.id, Math.min(first.get(s.id) ?? Infinity, r.createdAt - s.createdAt));
  }
  const waits = [...first.values()].sort((a, b) => a - b);
  const median = waits.length ? waits[Math.floor(waits.length / 2)]! : null;
  return {
    weeks,
    me: side(me, partner),
    partner: side(partner, me),
    medianReplyHours: median === null ? null : Math.round((Math.max(0, median) / 3_600_000) * 10) / 10,
    ...extra,
  };
}

export const periodStartMs = (today: number, weeks: number): number => period(today, weeks).from * DAY_MS;
