import { ruleFor, RULES, SIGN_IDS, type Reason, type Rules, type SignId } from "./rules.ts";
import type { CoupleSeries } from "./series.ts";

/** A sign as the rules found it for one person on one day (before muting and copy). */
export interface FoundSign {
  id: SignId;
  reasons: Reason[];
  /** held on most of the last four weeks: the copy adds a pointer to couples therapy */
  lasting: boolean;
  /** the first day of the current run of days the rule held */
  since: number;
  carrying?: boolean;
}

/** Days in a row a sign's rule must hold: its own `persistDays` when it has one, else the common one. */
export const persistDaysOf = (sign: SignId, rules: Rules): number => (rules[sign] as { persistDays?: number }).persistDays ?? rules.persistDays;

/**
 * For each day in [from, to]: does the sign show? A rule must hold `persistDays` days in a
 * row (a single bad day never raises a sign). Used by the endpoint (one day) and by the
 * simulation (a whole year) alike.
 */
export function showingDays(
  series: CoupleSeries,
  people: [string, string],
  person: string,
  sign: SignId,
  from: number,
  to: number,
  rules: Rules = RULES,
): boolean[] {
  const out: boolean[] = [];
  const persist = persistDaysOf(sign, rules);
  let run = 0;
  for (let d = from - persist + 1; d <= to; d += 1) {
    run = ruleFor(sign, series, people, person, d, rules).holds ? run + 1 : 0;
    if (d >= from) out.push(run >= persist);
  }
  return out;
}

/** The signs that show for `person` on day `d`, whoever else they might concern. */
export function signsFor(series: CoupleSeries, people: [string, string], person: string, d: number, rules: Rules = RULES): FoundSign[] {
  const found: FoundSign[] = [];
  for (const id of SIGN_IDS) {
    const today = ruleFor(id, series, people, person, d, rules);
    if (!today.holds) continue;
    let run = 1;
    while (run < 28 && ruleFor(id, series, people, person, d - run, rules).holds) run += 1;
    if (run < persistDaysOf(id, rules)) continue;
    let held = run;
    for (let back = run + 1; back < 28; back += 1) if (ruleFor(id, series, people, person, d - back, rules).holds) held += 1;
    found.push({
      id,
      reasons: today.reasons,
      lasting: held >= rules.lastingDays,
      since: d - run + 1,
      ...(today.carrying === undefined ? {} : { carrying: today.carrying }),
    });
  }
  return found;
}
