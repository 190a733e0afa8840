import { bernoulliLlr, poissonLlr, strongestRun } from "./evidence.ts";
import type { CoupleSeries, PersonSeries } from "./series.ts";
import { REPLY_SOON_DAYS, REPLY_WAIT_DAYS } from "./series.ts";

import { INSIGHT_SIGN_IDS, type InsightSignId } from "@attune/shared";

export const SIGN_IDS = INSIGHT_SIGN_IDS;
export type SignId = InsightSignId;

/**
 * Every threshold and window of the warning-sign rules, in one place. Each rule adds up
 * daily evidence (evidence.ts: log-likelihood ratios, capped per day so no single day can
 * carry a threshold) for a clear change against the person's or couple's own usual, and
 * asks for an effect size over the same run: a quiet few days of a couple that shares little
 * are not a sign. Thresholds are in nats. docs/insights.md explains each; scripts/insights-sim
 * tunes them on one seed set and reports on another.
 */
export const RULES = {
  /** the weeks a change is measured against: right before the longest run a rule reads */
  baselineDays: 56,
  distance: {
    /** each part of closeness as sequential evidence (evidence.ts) over runs of up to `maxRunDays`… */
    maxRunDays: 28,
    /** …for "this part at `drop` × its usual" against its usual (the baseline weeks) */
    drop: 0.35,
    threshold: 6.5,
    dayCap: 1.5,
    /** a part is named as a reason when it fell by at least this fraction over the run */
    partDrop: 0.3,
    /** shared check-ins in the baseline before a drop means anything */
    minBaselineShares: 20,
    /** check-ins (shared or not) in the run: without them we only know they are away */
    minRunCheckins: 6,
  },
  loneliness: {
    /** mean of max(sad, fear) on the person's check-ins (0–3 scale) over the last `heavyDays` */
    heavyDays: 12,
    minHeavy: 1.7,
    /** …and at least this much above their usual (the baseline weeks, shrunk as below): a bad week
     * (7 days) inside the 12 lifts the mean by less, so this is the rule's main evidence */
    minRise: 1.25,
    minCheckins: 3,
    /** the common usual heaviness their own is shrunk towards, weighted as this many check-ins */
    priorHeavy: 1,
    priorCheckins: 5,
    /** felt-heard answers, as sequential evidence (evidence.ts) over runs of up to `maxRunDays` */
    maxRunDays: 28,
    /** their usual "felt heard" rate (from the baseline weeks), held within these bounds… */
    usualBounds: [0.6, 0.85] as [number, number],
    /** …when they gave at least this many answers then; else `usualHeard` */
    minUsualAnswers: 5,
    usualHeard: 0.75,
    /** against: felt heard this often; the felt-heard part asks only that some run of days points
     * that way (any positive evidence), with at least `minNotHeard` "Not quite" */
    target: 0.4,
    threshold: 0.01,
    dayCap: 0.4,
    /** "Not quite" answers in the run, at least */
    minNotHeard: 1,
    /** two days in a row, not three: the heaviness already spans 12 days (docs/insights.md, third pass) */
    persistDays: 2,
  },
  harshness: {
    /** the person's coach-read replies, as sequential evidence over runs of up to `maxRunDays` */
    maxRunDays: 28,
    /** their usual share of replies that defend or blame (the baseline weeks), at least this… */
    usualFloor: 0.12,
    /** …against: this share, or `usualRise` × usual if that is higher */
    target: 0.45,
    usualRise: 3,
    threshold: 4.5,
    dayCap: 1.5,
    /** replies that defend or blame in the run, at least */
    minHarsh: 3,
    /** two days in a row, not three: its evidence already spans ≥ 3 days (threshold / dayCap), and
     * the third day cost a week's detections for no fewer false alarms (docs/insights.md) */
    persistDays: 2,
  },
  imbalance: {
    /** who went quiet, as sequential evidence over runs of up to `maxRunDays` */
    maxRunDays: 28,
    /** the alternative tested: the quieter partner shares `quietFactor` times less often than their own usual… */
    quietFactor: 6,
    /** …and over the same run the other shared at least `ratio` times as often (the 3×), at least
     * `minShares` times, and at least `keepUp` of their own usual: a holiday quiets both, so it is not a sign */
    ratio: 3,
    minShares: 3,
    keepUp: 0.5,
    /** a usual rate below this (shares a day) is too sparse to tell a quiet spell from chance */
    minUsualRate: 0.15,
    threshold: 7,
    /** the partner's shares alone are weaker evidence: a higher bar */
    partnerThreshold: 9,
    dayCap: 1,
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

const sum = (s: PersonSeries, key: keyof PersonSeries, w: Window) => s[key].sum(w[0], w[1]);
const clamp = (x: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, x));

/** The baseline weeks of a sequential rule: right before the longest run it may read. */
const baselineBefore = (rules: Rules, d: number, maxRunDays: number): Window => [d - maxRunDays - rules.baselineDays + 1, d - maxRunDays];

/**
 * Distance: the couple shares less, fewer shares open the inner layer, and shares wait longer
 * for a reply. Three parts of closeness, each a rate with its own usual from the baseline
 * weeks: shared of all check-ins; inner of the shares the coach read; answered within
 * REPLY_WAIT_DAYS of the shares (known only once those days have passed). Each day's parts
 * are sequential evidence for "each at `drop` × usual"; a holiday (few check-ins, as open as
 * ever) gives none. Built from what the two shared with each other, and the person's own check-ins.
 */
export function distanceRule(series: CoupleSeries, people: [string, string], d: number, rules: Rules = RULES): RuleResult {
  const [a, b] = people.map((p) => series.byPerson.get(p)!) as [PersonSeries, PersonSeries];
  const both = (key: keyof PersonSeries, w: Window) => sum(a, key, w) + sum(b, key, w);
  const c = rules.distance;
  const base = baselineBefore(rules, d, c.maxRunDays);
  if (both("shared", base) < c.minBaselineShares) return NO;
  const ratioOf = (num: keyof PersonSeries, den: keyof PersonSeries, w: Window) => both(num, w) / Math.max(1, both(den, w));
  const bounds: [number, number] = [0.05, 0.95];
  const lag = REPLY_WAIT_DAYS;
  // Reply timing counts twice, as "answered within a day" (known a day later) and "within three days"
  // (known three days later): the quick one starts the evidence early, and slowness weighs more than
  // either alone (tuned: docs/insights.md, third pass).
  const parts = [
    { reason: "shares_fewer", num: "shared", den: "checkins", lag: 0 },
    { reason: "shares_surface", num: "sharedInner", den: "sharedKnownDepth", lag: 0 },
    { reason: "shares_waiting", num: "sharedAnsweredSoon", den: "shared", lag: REPLY_SOON_DAYS },
    { reason: "shares_waiting", num: "sharedAnswered", den: "shared", lag },
  ] as const;
  const usual = parts.map((p) => clamp(ratioOf(p.num, p.den, [base[0] - p.lag, base[1] - p.lag]), bounds));
  const evidence = (k: number) =>
    parts.reduce((total, p, i) => {
      const day: Window = [k - p.lag, k - p.lag];
      return total + bernoulliLlr(both(p.num, day), both(p.den, day), usual[i]!, usual[i]! * c.drop);
    }, 0);
  const run = strongestRun(evidence, d, c.maxRunDays, c.dayCap);
  if (run.score < c.threshold || both("checkins", [run.from, d]) < c.minRunCheckins) return NO;
  const fell = parts.filter((p, i) => ratioOf(p.num, p.den, [run.from - p.lag, d - p.lag]) <= (1 - c.partDrop) * usual[i]!);
  const reasons = [...new Set(fell.map((p) => p.reason as Reason))];
  return reasons.length ? { holds: true, reasons } : NO;
}

/**
 * Loneliness: sad or afraid much of the time while feeling heard less often. The main evidence
 * is heaviness over the last `heavyDays`, well above their usual (shrunk towards a common usual
 * when they have few check-ins) — longer than a bad week, which is why it is not a sign; the
 * felt-heard answers must point the same way (sequential evidence for "heard about `target` of
 * the time" against their usual rate, positive over some run). Only the person's own check-ins and answers.
 */
export function lonelinessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.loneliness;
  const heavyWindow: Window = [d - c.heavyDays + 1, d];
  const n = sum(s, "checkins", heavyWindow);
  const base = baselineBefore(rules, d, c.maxRunDays);
  const baseCheckins = sum(s, "checkins", base);
  // their usual heaviness, shrunk towards a common one: with few check-ins in the baseline (a new
  // person, or one back from a long break) a bad week must not look like a change
  const usualHeavy = (sum(s, "heavy", base) + c.priorCheckins * c.priorHeavy) / (baseCheckins + c.priorCheckins);
  if (n < c.minCheckins) return NO;
  const heavy = sum(s, "heavy", heavyWindow) / n;
  if (heavy < Math.max(c.minHeavy, usualHeavy + c.minRise)) return NO;
  const baseYes = sum(s, "heardYes", base);
  const baseAnswers = baseYes + sum(s, "heardNo", base);
  const usual = baseAnswers >= c.minUsualAnswers ? clamp(baseYes / baseAnswers, c.usualBounds) : c.usualHeard;
  const evidence = (k: number) => {
    const yes = s.heardYes.sum(k, k);
    return bernoulliLlr(yes, yes + s.heardNo.sum(k, k), usual, c.target);
  };
  const run = strongestRun(evidence, d, c.maxRunDays, c.dayCap);
  if (run.score < c.threshold || sum(s, "heardNo", [run.from, d]) < c.minNotHeard) return NO;
  return { holds: true, reasons: ["feeling_heavy", "heard_less"] };
}

/**
 * Defensiveness and criticism: more of the person's own sent replies defend or blame than they
 * used to. Each day's replies are sequential evidence for "`target` of them" against their usual share.
 */
export function harshnessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.harshness;
  const base = baselineBefore(rules, d, c.maxRunDays);
  const bn = sum(s, "repliesRead", base);
  const usual = Math.max(c.usualFloor, bn > 0 ? sum(s, "repliesHarsh", base) / bn : 0);
  const target = Math.max(c.target, c.usualRise * usual);
  if (target >= 0.95) return NO; // already defending most of the time: no rise left to see
  const evidence = (k: number) => bernoulliLlr(s.repliesHarsh.sum(k, k), s.repliesRead.sum(k, k), usual, target);
  const run = strongestRun(evidence, d, c.maxRunDays, c.dayCap);
  if (run.score < c.threshold || sum(s, "repliesHarsh", [run.from, d]) < c.minHarsh) return NO;
  return { holds: true, reasons: ["harsh_replies"] };
}

/**
 * Imbalance: one partner shares several times less often than they used to while the other
 * keeps sharing, so that lately one shares at least `ratio` times as often as the other.
 * The evidence that someone went quiet is sequential (evidence.ts): for the person themself,
 * the share of their own check-ins they shared (they see their private ones; Bernoulli, "a
 * `ratio`-th of their usual share"); for their partner, whose private check-ins they never
 * see, only the partner's shares per day (Poisson, "a `ratio`-th of their usual rate"), which
 * is weaker evidence and asks for more of it. Over the same run the other must have shared
 * `ratio` times as often, and kept to their own usual (a holiday quiets both: not a sign).
 */
export function imbalanceRule(series: CoupleSeries, people: [string, string], person: string, d: number, rules: Rules = RULES): RuleResult {
  const c = rules.imbalance;
  const me = series.byPerson.get(person)!;
  const other = series.byPerson.get(people[0] === person ? people[1] : people[0])!;
  const base = baselineBefore(rules, d, c.maxRunDays);
  const rate = (s: PersonSeries) => sum(s, "shared", base) / len(base);
  const unevenOver = (quiet: PersonSeries, busy: PersonSeries, from: number) => {
    const lo = sum(quiet, "shared", [from, d]);
    const hi = sum(busy, "shared", [from, d]);
    return hi >= c.minShares && hi >= c.ratio * Math.max(1, lo) && hi >= c.keepUp * rate(busy) * (d - from + 1);
  };
  // The person went quiet: their own check-ins, shared or kept private.
  const myChecks = sum(me, "checkins", base);
  const myUsual = myChecks > 0 ? sum(me, "shared", base) / myChecks : 0;
  if (rate(me) >= c.minUsualRate && myUsual > 0 && myUsual < 1) {
    const run = strongestRun((k) => bernoulliLlr(me.shared.sum(k, k), me.checkins.sum(k, k), myUsual, myUsual / c.quietFactor), d, c.maxRunDays, c.dayCap);
    if (run.score >= c.threshold && unevenOver(me, other, run.from)) return { holds: true, reasons: ["sharing_uneven"], carrying: false };
  }
  // The partner went quiet: only what they shared.
  const theirs = rate(other);
  if (theirs >= c.minUsualRate) {
    const run = strongestRun((k) => poissonLlr(other.shared.sum(k, k), theirs, theirs / c.quietFactor), d, c.maxRunDays, c.dayCap);
    if (run.score >= c.partnerThreshold && unevenOver(other, me, run.from)) return { holds: true, reasons: ["sharing_uneven"], carrying: true };
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
