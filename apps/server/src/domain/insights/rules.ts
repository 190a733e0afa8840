import { binomialAtLeast, binomialAtMost, poissonAtMost } from "./chance.ts";
import type { CoupleSeries, PersonSeries } from "./series.ts";
import { REPLY_WAIT_DAYS } from "./series.ts";

import { INSIGHT_SIGN_IDS, type InsightSignId } from "@attune/shared";

export const SIGN_IDS = INSIGHT_SIGN_IDS;
export type SignId = InsightSignId;

/**
 * Every threshold and window of the warning-sign rules, in one place. Each rule asks for a
 * clear change (an effect size) AND that chance alone would rarely give it (`chance`, a tail
 * probability): a quiet few days of a couple that shares little are not a sign.
 * docs/insights.md explains each; scripts/insights-sim tunes them on one seed set and
 * reports on another.
 */
export const RULES = {
  /** the earlier weeks a change is measured against (right before the recent window) */
  baselineDays: 56,
  distance: {
    recentDays: 10,
    /** the recent closeness points per check-in at most this fraction of usual… */
    drop: 0.5,
    /** …and at least this many standard errors below it */
    z: 2.8,
    /** how much the three parts' variances are inflated for moving together (3 = fully together) */
    correlation: 2,
    /** a part is named as a reason when it fell by at least this fraction */
    partDrop: 0.3,
    /** shared check-ins in the baseline before a drop means anything */
    minBaselineShares: 20,
    /** check-ins (shared or not) in the recent window: without them we only know they are away */
    minRecentCheckins: 6,
  },
  loneliness: {
    /** mean of max(sad, fear) on the person's check-ins (0–3 scale) over the last `heavyDays` */
    heavyDays: 10,
    minHeavy: 1.9,
    minCheckins: 3,
    /** the window of felt-heard answers */
    recentDays: 10,
    minAnswers: 3,
    /** "felt heard" at most this often… */
    maxHeardRate: 0.5,
    /** …against their usual rate (or this, before they have one) */
    usualHeard: 0.75,
    chance: 0.1,
  },
  harshness: {
    recentDays: 14,
    minReplies: 4,
    /** replies with defensiveness or blaming, at least this many and this share… */
    minHarsh: 3,
    minRate: 0.35,
    /** …against their usual share (at least this) */
    usualFloor: 0.08,
    chance: 0.01,
  },
  imbalance: {
    /** over four weeks (or the last two) one partner shares at least `ratio` times as often */
    windows: [28, 14],
    ratio: 3,
    minShares: 6,
    /** a partner sharing 1.5× as often as the other is ordinary: this is their share of the two */
    ordinaryShare: 0.6,
    chance: 0.005,
  },
  /** a rule must hold on this many days in a row before its sign shows: never from a single day */
  persistDays: 3,
  /** a sign that held on this many of the last 28 days is "lasting": it adds the pointer to couples therapy */
  lastingDays: 21,
};
export type Rules = typeof RULES;

/** Why a rule held, as codes the copy turns into kind sentences. */
export type Reason = "shares_fewer" | "shares_waiting" | "shares_surface" | "feeling_heavy" | "heard_less" | "harsh_replies" | "sharing_uneven";

export interface RuleResult {
  holds: boolean;
  reasons: Reason[];
  /** imbalance only: whether this person is the one sharing more */
  carrying?: boolean;
}

const NO: RuleResult = { holds: false, reasons: [] };
type Window = [number, number];
const len = (w: Window) => w[1] - w[0] + 1;

function windows(rules: Rules, d: number, recentDays: number): { r: Window; b: Window } {
  return { r: [d - recentDays + 1, d], b: [d - recentDays - rules.baselineDays + 1, d - recentDays] };
}

const sum = (s: PersonSeries, key: keyof PersonSeries, w: Window) => s[key].sum(w[0], w[1]);

/**
 * Distance: the couple shares less, their shares wait longer for a reply, and fewer open the
 * inner layer. Each check-in scores up to three "closeness points" (shared; inner layer;
 * answered within REPLY_WAIT_DAYS). The sign holds when the recent average is at most
 * `drop` of the usual one and a z-test says chance would rarely give that. Shared things only.
 */
export function distanceRule(series: CoupleSeries, people: [string, string], d: number, rules: Rules = RULES): RuleResult {
  const [a, b] = people.map((p) => series.byPerson.get(p)!) as [PersonSeries, PersonSeries];
  const both = (key: keyof PersonSeries, w: Window) => sum(a, key, w) + sum(b, key, w);
  const c = rules.distance;
  const { r, b: base } = windows(rules, d, c.recentDays);
  if (both("shared", base) < c.minBaselineShares) return NO;
  const n = both("checkins", r);
  if (n < c.minRecentCheckins) return NO;
  // Answers are only known for check-ins old enough to have had their REPLY_WAIT_DAYS.
  const rw: Window = [r[0] - REPLY_WAIT_DAYS, r[1] - REPLY_WAIT_DAYS];
  const bw: Window = [base[0] - REPLY_WAIT_DAYS, base[1] - REPLY_WAIT_DAYS];
  const parts: { reason: Reason; now: number; n: number; usual: number }[] = [
    { reason: "shares_fewer", now: both("shared", r), n, usual: both("shared", base) / both("checkins", base) },
    { reason: "shares_surface", now: both("sharedInner", r), n, usual: both("sharedInner", base) / both("checkins", base) },
    { reason: "shares_waiting", now: both("sharedAnswered", rw), n: both("checkins", rw), usual: both("sharedAnswered", bw) / Math.max(1, both("checkins", bw)) },
  ];
  let now = 0;
  let usual = 0;
  let variance = 0;
  const reasons: Reason[] = [];
  for (const part of parts) {
    if (part.n === 0) continue;
    const p = Math.min(0.97, Math.max(0.03, part.usual));
    now += part.now / part.n;
    usual += p;
    variance += (p * (1 - p)) / part.n;
    if (part.now / part.n <= (1 - c.partDrop) * p) reasons.push(part.reason);
  }
  if (usual === 0 || now > c.drop * usual) return NO;
  // The three parts rise and fall together, so their variances add as if fully correlated would: a cautious z.
  const z = (now - usual) / Math.sqrt(variance * c.correlation);
  return z <= -c.z && reasons.length ? { holds: true, reasons } : NO;
}

/** Loneliness: sad or afraid much of the time while feeling heard less often. Only the person's own check-ins and answers. */
export function lonelinessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.loneliness;
  const heavyWindow: Window = [d - c.heavyDays + 1, d];
  const n = sum(s, "checkins", heavyWindow);
  if (n < c.minCheckins || sum(s, "heavy", heavyWindow) / n < c.minHeavy) return NO;
  const { r, b } = windows(rules, d, c.recentDays);
  const yes = sum(s, "heardYes", r);
  const answers = yes + sum(s, "heardNo", r);
  if (answers < c.minAnswers || yes / answers > c.maxHeardRate) return NO;
  const baseYes = sum(s, "heardYes", b);
  const baseAnswers = baseYes + sum(s, "heardNo", b);
  const usual = baseAnswers >= 5 ? baseYes / baseAnswers : c.usualHeard;
  return binomialAtMost(yes, answers, usual) <= c.chance ? { holds: true, reasons: ["feeling_heavy", "heard_less"] } : NO;
}

/** Defensiveness and criticism: more of the person's own sent replies defend or blame than they used to. */
export function harshnessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.harshness;
  const { r, b } = windows(rules, d, c.recentDays);
  const n = sum(s, "repliesRead", r);
  const harsh = sum(s, "repliesHarsh", r);
  if (n < c.minReplies || harsh < c.minHarsh || harsh / n < c.minRate) return NO;
  const bn = sum(s, "repliesRead", b);
  const usual = Math.max(c.usualFloor, bn > 0 ? sum(s, "repliesHarsh", b) / bn : 0);
  return binomialAtLeast(harsh, n, usual) <= c.chance ? { holds: true, reasons: ["harsh_replies"] } : NO;
}

/**
 * Imbalance: one partner shares several times as often as the other, over four weeks or
 * the last two. Few shares make any ratio noisy, so the unevenness must also be unlikely by
 * chance: either against an ordinary unevenness (`ordinaryShare`), or against the quieter
 * partner's own usual sharing before the window. Shared check-ins only.
 */
export function imbalanceRule(series: CoupleSeries, people: [string, string], person: string, d: number, rules: Rules = RULES): RuleResult {
  const c = rules.imbalance;
  const me = series.byPerson.get(person)!;
  const other = series.byPerson.get(people[0] === person ? people[1] : people[0])!;
  for (const days of c.windows) {
    const w: Window = [d - days + 1, d];
    const mine = sum(me, "shared", w);
    const theirs = sum(other, "shared", w);
    const hi = Math.max(mine, theirs);
    const lo = Math.min(mine, theirs);
    if (hi < c.minShares || hi < c.ratio * Math.max(lo, 1)) continue;
    const quiet = mine < theirs ? me : other;
    const before: Window = [w[0] - rules.baselineDays, w[0] - 1];
    const usual = (sum(quiet, "shared", before) / len(before)) * days;
    const unusual = binomialAtLeast(hi, hi + lo, c.ordinaryShare) <= c.chance || (usual >= c.minShares && poissonAtMost(lo, usual) <= c.chance);
    if (unusual) return { holds: true, reasons: ["sharing_uneven"], carrying: mine > theirs };
  }
  return NO;
}

/** The rule of one sign for one person on day `d`. */
export function ruleFor(sign: SignId, series: CoupleSeries, people: [string, string], person: string, d: number, rules: Rules = RULES): RuleResult {
  switch (sign) {
    case "distance":
      return distanceRule(series, people, d, rules);
    case "loneliness":
      return lonelinessRule(series, person, d, rules);
    case "harshness":
      return harshnessRule(series, person, d, rules);
    case "imbalance":
      return imbalanceRule(series, people, person, d, rules);
  }
}
