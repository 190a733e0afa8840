import type { CoupleSeries, PersonSeries } from "./series.ts";
import { REPLY_WAIT_DAYS } from "./series.ts";

export const SIGN_IDS = ["distance", "loneliness", "harshness", "imbalance"] as const;
export type SignId = (typeof SIGN_IDS)[number];

/**
 * Every threshold and window of the warning-sign rules, in one place. docs/insights.md
 * explains each; scripts/insights-sim tunes them on one seed set and reports on another.
 */
export const RULES = {
  /** the earlier weeks a change is measured against (right before the recent window) */
  baselineDays: 56,
  distance: {
    /** the recent window, in days */
    recentDays: 10,
    /** the couple shares at most this fraction of their usual rate… */
    shareDrop: 0.5,
    /** …or their shares wait for a reply this much more often than usual… */
    waitingRise: 0.3,
    /** …or this much less of what they share opens the inner layer */
    innerDrop: 0.3,
    /** how many of the three must hold together */
    needed: 2,
    /** shared check-ins in the baseline before a drop means anything */
    minBaselineShares: 12,
    /** check-ins (any) in the recent window: without them we only know they are away */
    minRecentCheckins: 6,
    /** and at least this fraction of their usual check-ins: a holiday is not distance */
    minActivity: 0.6,
  },
  loneliness: {
    /** the window of felt-heard answers, in days */
    recentDays: 14,
    /** mean of max(sad, fear) on the person's check-ins (0–3 scale) over the last `heavyDays` */
    minHeavy: 1.9,
    heavyDays: 10,
    minCheckins: 3,
    /** felt-heard answers in the recent window */
    minAnswers: 3,
    /** "felt heard" rate at most this… */
    maxHeardRate: 0.4,
    /** …and this far below the person's usual rate (when they have one) */
    heardDrop: 0.25,
  },
  harshness: {
    recentDays: 14,
    minReplies: 4,
    /** replies with defensiveness or blaming, at least this many… */
    minHarsh: 3,
    /** …and this share of the person's replies */
    minRate: 0.4,
    /** and this much above their usual share */
    rise: 0.25,
  },
  imbalance: {
    /** over four weeks one partner shares at least this many times as often… */
    ratio28: 3,
    minShares28: 8,
    /** …or over the last two weeks at least this many times as often, the quieter one having
     * dropped to this fraction of their own usual sharing (a change, not a couple's habit) */
    ratio14: 5,
    minShares14: 8,
    quietDrop: 0.3,
  },
  /** a rule must hold on this many days in a row before its sign shows: never from a single day */
  persistDays: 3,
  /** a sign that held on this many of the last 28 days is "lasting": it adds the pointer to couples therapy */
  lastingDays: 21,
};
export type Rules = typeof RULES;

/** Why a rule held, as codes the copy turns into kind sentences. */
export type Reason =
  | "shares_fewer"
  | "shares_waiting"
  | "shares_surface"
  | "feeling_heavy"
  | "heard_less"
  | "harsh_replies"
  | "sharing_uneven";

export interface RuleResult {
  holds: boolean;
  reasons: Reason[];
  /** imbalance only: whether this person is the one sharing more */
  carrying?: boolean;
}

const NO: RuleResult = { holds: false, reasons: [] };

interface Windows {
  r: [number, number];
  b: [number, number];
}
function windows(rules: Rules, d: number, recentDays: number): Windows {
  return { r: [d - recentDays + 1, d], b: [d - recentDays - rules.baselineDays + 1, d - recentDays] };
}

const both = (a: PersonSeries, b: PersonSeries, key: keyof PersonSeries, w: [number, number]) => a[key].sum(w[0], w[1]) + b[key].sum(w[0], w[1]);

/** Distance: the couple shares less, shares wait longer for a reply, or stay on the surface. Built from shared things only. */
export function distanceRule(series: CoupleSeries, people: [string, string], d: number, rules: Rules = RULES): RuleResult {
  const [a, b] = people.map((p) => series.byPerson.get(p)!) as [PersonSeries, PersonSeries];
  const c = rules.distance;
  const { r, b: base } = windows(rules, d, c.recentDays);
  const baseShares = both(a, b, "shared", base);
  if (baseShares < c.minBaselineShares) return NO;
  const recentCheckins = both(a, b, "checkins", r);
  if (recentCheckins < c.minRecentCheckins) return NO;
  if (recentCheckins / (r[1] - r[0] + 1) < c.minActivity * (both(a, b, "checkins", base) / (base[1] - base[0] + 1))) return NO;
  const recentShares = both(a, b, "shared", r);
  const reasons: Reason[] = [];
  const rate = (n: number, w: [number, number]) => n / (w[1] - w[0] + 1);
  if (rate(recentShares, r) <= c.shareDrop * rate(baseShares, base)) reasons.push("shares_fewer");
  // Only shares old enough to have had their REPLY_WAIT_DAYS count as waiting.
  const rw: [number, number] = [r[0] - REPLY_WAIT_DAYS, r[1] - REPLY_WAIT_DAYS];
  const bw: [number, number] = [base[0] - REPLY_WAIT_DAYS, base[1] - REPLY_WAIT_DAYS];
  const rs = both(a, b, "shared", rw);
  const bs = both(a, b, "shared", bw);
  if (rs >= 3 && bs > 0) {
    const waitingNow = 1 - both(a, b, "sharedAnswered", rw) / rs;
    const waitingUsual = 1 - both(a, b, "sharedAnswered", bw) / bs;
    if (waitingNow >= waitingUsual + c.waitingRise) reasons.push("shares_waiting");
  }
  const rk = both(a, b, "sharedKnownDepth", r);
  const bk = both(a, b, "sharedKnownDepth", base);
  if (rk >= 3 && bk >= 6) {
    if (both(a, b, "sharedInner", r) / rk <= both(a, b, "sharedInner", base) / bk - c.innerDrop) reasons.push("shares_surface");
  }
  // Far fewer shares alone is enough when there are almost none left to look at.
  const holds = reasons.length >= c.needed || (reasons.includes("shares_fewer") && recentShares <= 2);
  return holds ? { holds, reasons } : NO;
}

/** Loneliness: sad or afraid much of the time while feeling heard less often. Only the person's own check-ins and answers. */
export function lonelinessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.loneliness;
  const { r, b } = windows(rules, d, c.recentDays);
  const h0 = d - c.heavyDays + 1;
  const n = s.checkins.sum(h0, d);
  if (n < c.minCheckins || s.heavy.sum(h0, d) / n < c.minHeavy) return NO;
  const yes = s.heardYes.sum(r[0], r[1]);
  const answers = yes + s.heardNo.sum(r[0], r[1]);
  if (answers < c.minAnswers) return NO;
  const rate = yes / answers;
  if (rate > c.maxHeardRate) return NO;
  const baseYes = s.heardYes.sum(b[0], b[1]);
  const baseAnswers = baseYes + s.heardNo.sum(b[0], b[1]);
  if (baseAnswers >= 5 && rate > baseYes / baseAnswers - c.heardDrop) return NO;
  return { holds: true, reasons: ["feeling_heavy", "heard_less"] };
}

/** Defensiveness and criticism: more of the person's own sent replies defend or blame than they used to. */
export function harshnessRule(series: CoupleSeries, person: string, d: number, rules: Rules = RULES): RuleResult {
  const s = series.byPerson.get(person)!;
  const c = rules.harshness;
  const { r, b } = windows(rules, d, c.recentDays);
  const n = s.repliesRead.sum(r[0], r[1]);
  if (n < c.minReplies) return NO;
  const harsh = s.repliesHarsh.sum(r[0], r[1]);
  if (harsh < c.minHarsh) return NO;
  const rate = harsh / n;
  const bn = s.repliesRead.sum(b[0], b[1]);
  const usual = bn > 0 ? s.repliesHarsh.sum(b[0], b[1]) / bn : 0;
  return rate >= c.minRate && rate >= usual + c.rise ? { holds: true, reasons: ["harsh_replies"] } : NO;
}

/** Imbalance: one partner shares several times as often as the other. Shared check-ins only. */
export function imbalanceRule(series: CoupleSeries, people: [string, string], person: string, d: number, rules: Rules = RULES): RuleResult {
  const c = rules.imbalance;
  const me = series.byPerson.get(person)!;
  const other = series.byPerson.get(people[0] === person ? people[1] : people[0])!;
  const uneven = (days: number, ratio: number, min: number, mustHaveDropped: boolean): boolean | undefined => {
    const mine = me.shared.sum(d - days + 1, d);
    const theirs = other.shared.sum(d - days + 1, d);
    const hi = Math.max(mine, theirs);
    const lo = Math.min(mine, theirs);
    if (hi < min || hi < ratio * Math.max(lo, 1)) return undefined;
    if (mustHaveDropped) {
      const quiet = mine < theirs ? me : other;
      const usual = quiet.shared.sum(d - days - rules.baselineDays + 1, d - days) / rules.baselineDays;
      if (lo / days > c.quietDrop * usual) return undefined;
    }
    return mine > theirs;
  };
  const carrying = uneven(28, c.ratio28, c.minShares28, false) ?? uneven(14, c.ratio14, c.minShares14, true);
  return carrying === undefined ? NO : { holds: true, reasons: ["sharing_uneven"], carrying };
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
