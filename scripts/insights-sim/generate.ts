import { DAY_MS, dayString, type CoupleFacts, type ReplyFact, type ShareFact } from "../../apps/server/src/domain/insights/facts.ts";
import { seededRandom } from "../../packages/shared/src/seeded-random.ts";

/**
 * Synthetic couples for measuring the warning signs: a year of check-ins (four emotions,
 * shared or not, inner or surface), replies with the coach's verdict and "I felt heard"
 * answers. A pattern is injected from its onset on; healthy couples get ordinary noise
 * only (holidays away from the app, a bad week, the odd sharp reply).
 */
export const PATTERNS = ["healthy", "distance", "harshness", "loneliness", "imbalance"] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface SimCouple {
  pattern: Pattern;
  facts: CoupleFacts;
  /** first day (day number) simulated, and the last */
  start: number;
  end: number;
  /** day number the pattern starts (none for healthy couples) */
  onset: number | null;
  /** the person the pattern concerns (loneliness, harshness) or null (both) */
  concerns: string | null;
}

const OTHER_PITFALLS = ["fixing", "i_understand", "hijacking", "minimizing", "why_question", "sympathy"];
const WORDS = ["overwhelmed", "tired", "grateful", "anxious", "lonely", "proud", "frustrated", "hopeful", "calm", "hurt"];

interface Person {
  id: string;
  pCheck: number;
  pShare: number;
  pInner: number;
  /** usual heaviness: mean of sad and fear on 0–3 */
  mood: number;
  pReply: number;
  pAnswer: number;
  /** base chance a reply defends or blames */
  pHarsh: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function simulateCouple(seed: number, pattern: Pattern, startDay = 20_454 /* 2026-01-01 */): SimCouple {
  const r = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * r();
  // Couples differ; the two partners of a healthy couple share within about 1.5× of each other.
  const coupleCheck = between(0.6, 0.85);
  const coupleShare = between(0.65, 0.85);
  const person = (id: string): Person => ({
    id,
    pCheck: Math.min(0.97, coupleCheck * between(0.85, 1.15)),
    pShare: Math.min(0.97, coupleShare * between(0.85, 1.15)),
    pInner: between(0.4, 0.8),
    mood: between(0.3, 1.0),
    pReply: between(0.6, 0.9),
    pAnswer: between(0.5, 0.9),
    pHarsh: between(0, 0.06),
  });
  const a = person(`a${seed}`);
  const b = person(`b${seed}`);
  const days = 365;
  const end = startDay + days - 1;
  // Week 20, give or take two weeks.
  const onset = pattern === "healthy" ? null : startDay + 140 + Math.floor(between(-14, 14));
  const concerned = r() < 0.5 ? a : b;
  // Ordinary life: one or two holidays away from the app, one or two bad weeks, a tense week.
  const holidays = Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
    const from = startDay + Math.floor(between(30, days - 20));
    return [from, from + Math.floor(between(5, 15))] as const;
  });
  const badWeeks = Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({ who: r() < 0.5 ? a : b, from: startDay + Math.floor(between(20, days - 10)) }));
  const tense = startDay + Math.floor(between(20, days - 10));
  const inside = (d: number, from: number, to: number) => d >= from && d <= to;

  const shares: ShareFact[] = [];
  const replies: ReplyFact[] = [];
  let n = 0;
  /** `replier` answers `sharer`'s check-in (or daily answer); the coach reads it and the sharer may say whether they felt heard. */
  const reply = (
    checkinId: string | null,
    sharedAt: number,
    replier: Person,
    sharer: Person,
    d: number,
    pHeard: number,
    after: boolean,
    tenseWeek: boolean,
  ) => {
    let pHarsh = replier.pHarsh + (tenseWeek ? 0.12 : 0);
    if (after && pattern === "harshness" && replier === concerned) pHarsh = Math.min(0.7, 0.4 + ((d - onset!) / 14) * 0.3);
    const harsh = r() < pHarsh;
    const pitfalls = harsh ? [r() < 0.5 ? "defensiveness" : "blaming"] : r() < 0.25 ? [OTHER_PITFALLS[Math.floor(r() * OTHER_PITFALLS.length)]!] : [];
    const level = (pitfalls.length ? (r() < 0.7 ? 0 : 1) : r() < 0.6 ? 1 : r() < 0.6 ? 2 : 0) as 0 | 1 | 2;
    const delayHours = after && pattern === "distance" ? between(2, 120) : -Math.log(1 - r()) * 10;
    const createdAt = sharedAt + Math.floor(delayHours * 3_600_000);
    const answered = r() < sharer.pAnswer;
    const heard = answered ? r() < (harsh ? 0.2 : level === 0 ? pHeard - 0.2 : pHeard) : null;
    replies.push({
      checkinId,
      toId: sharer.id,
      authorId: replier.id,
      createdAt,
      level,
      pitfalls,
      heard,
      heardAt: heard === null ? null : createdAt + 3_600_000,
    });
  };
  for (let d = startDay; d <= end; d += 1) {
    const away = holidays.some(([f, t]) => inside(d, f, t));
    const after = onset !== null && d >= onset;
    const tenseWeek = inside(d, tense, tense + 6);
    for (const me of [a, b]) {
      const partner = me === a ? b : a;
      let pCheck = away ? 0.1 : me.pCheck;
      let pShare = me.pShare;
      let pInner = me.pInner;
      let heavy = me.mood;
      if (badWeeks.some((w) => w.who === me && inside(d, w.from, w.from + 6))) heavy += 1.2;
      let pReply = partner.pReply;
      let pHeard = 0.85;
      if (after && pattern === "distance") {
        pShare *= 0.35;
        pInner *= 0.3;
        pReply *= 0.4;
      }
      if (after && pattern === "imbalance" && me === concerned) pShare *= 0.12;
      if (after && pattern === "loneliness" && me === concerned) {
        heavy += 1.5;
        pHeard = 0.3;
        pCheck = Math.max(pCheck, 0.6);
      }
      if (r() >= pCheck) continue;
      const shared = r() < pShare;
      const emo = () => clamp(Math.round(heavy + between(-1, 1)), 0, 3);
      const fact: ShareFact = {
        id: `c${seed}-${n++}`,
        authorId: me.id,
        day: dayString(d),
        shared,
        inner: r() < pInner,
        emotions: { mad: clamp(Math.round(between(-0.5, 1.8)), 0, 3), sad: emo(), glad: clamp(Math.round(between(0, 3)), 0, 3), fear: emo() },
        words: [WORDS[Math.floor(r() * WORDS.length)]!],
        createdAt: d * DAY_MS + Math.floor(between(7, 22) * 3_600_000),
      };
      shares.push(fact);
      if (shared && r() < pReply) reply(fact.id, fact.createdAt, partner, me, d, pHeard, after, tenseWeek);
      // The daily question: answered most days, and often answered back.
      if (r() < 0.4) reply(null, d * DAY_MS + Math.floor(between(8, 20) * 3_600_000), partner, me, d, pHeard, after, tenseWeek);
    }
  }
  return {
    pattern,
    facts: { people: [a.id, b.id], shares, replies },
    start: startDay,
    end,
    onset,
    concerns: pattern === "harshness" || pattern === "loneliness" || pattern === "imbalance" ? concerned.id : null,
  };
}
