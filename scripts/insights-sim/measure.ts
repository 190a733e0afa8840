import { RULES, SIGN_IDS, type Rules, type SignId } from "../../apps/server/src/domain/insights/rules.ts";
import { buildSeries } from "../../apps/server/src/domain/insights/series.ts";
import { showingDays } from "../../apps/server/src/domain/insights/signs.ts";
import { viewFor } from "../../apps/server/src/domain/insights/view.ts";
import { simulateCouple, type Pattern, type SimCouple } from "./generate.ts";

/** Within this many days of onset a sign counts as detected (the target). */
export const DETECT_WITHIN = 14;

const SIGN_OF: Record<Exclude<Pattern, "healthy">, SignId> = {
  distance: "distance",
  harshness: "harshness",
  loneliness: "loneliness",
  imbalance: "imbalance",
};

/** For each sign and person, the first day (day number) it shows on or after `from`; null when never. */
function firstShowing(c: SimCouple, sign: SignId, person: string, from: number, rules: Rules): number | null {
  const series = buildSeries(viewFor(c.facts, person), c.start, c.end);
  const days = showingDays(series, c.facts.people, person, sign, from, c.end, rules);
  const i = days.indexOf(true);
  return i < 0 ? null : from + i;
}

export interface SignReport {
  sign: SignId;
  couples: number;
  detected: number;
  /** days from onset to first showing, for the couples where it showed after onset */
  delays: number[];
  /** couples of this pattern where the sign showed before onset */
  earlyAlarms: number;
}

export interface Report {
  seeds: [number, number];
  signs: SignReport[];
  healthy: number;
  /** healthy couples where any sign ever showed to anyone, and per sign */
  healthyAlarmed: number;
  healthyBySign: Record<SignId, number>;
}

/** Simulates `perPattern` couples of each pattern from seeds [seedBase, …) and measures the rules. */
export function measure(seedBase: number, perPattern: number, rules: Rules = RULES): Report {
  let seed = seedBase;
  const signs: SignReport[] = [];
  for (const pattern of ["distance", "harshness", "loneliness", "imbalance"] as const) {
    const sign = SIGN_OF[pattern];
    const report: SignReport = { sign, couples: perPattern, detected: 0, delays: [], earlyAlarms: 0 };
    for (let i = 0; i < perPattern; i += 1) {
      const c = simulateCouple(seed++, pattern);
      const onset = c.onset!;
      const who = c.concerns && (sign === "loneliness" || sign === "harshness") ? [c.concerns] : c.facts.people;
      const firsts = who.map((p) => firstShowing(c, sign, p, onset, rules)).filter((d): d is number => d !== null);
      if (firsts.length) {
        const delay = Math.min(...firsts) - onset;
        report.delays.push(delay);
        if (delay <= DETECT_WITHIN) report.detected += 1;
      }
      const early = who.some((p) => firstShowing(c, sign, p, c.start, rules) !== null && firstShowing(c, sign, p, c.start, rules)! < onset);
      if (early) report.earlyAlarms += 1;
    }
    signs.push(report);
  }
  const healthyCount = perPattern * 2;
  const healthyBySign = Object.fromEntries(SIGN_IDS.map((s) => [s, 0])) as Record<SignId, number>;
  let healthyAlarmed = 0;
  for (let i = 0; i < healthyCount; i += 1) {
    const c = simulateCouple(seed++, "healthy");
    let any = false;
    for (const sign of SIGN_IDS) {
      if (c.facts.people.some((p) => firstShowing(c, sign, p, c.start, rules) !== null)) {
        healthyBySign[sign] += 1;
        any = true;
      }
    }
    if (any) healthyAlarmed += 1;
  }
  return { seeds: [seedBase, seed - 1], signs, healthy: healthyCount, healthyAlarmed, healthyBySign };
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
};

export function formatReport(r: Report): string {
  const lines = [
    `seeds ${r.seeds[0]}–${r.seeds[1]}`,
    "| sign | couples | detected ≤ 14 days | days to first showing (median, p90) | showed before onset | healthy couples that ever saw it |",
    "|---|---|---|---|---|---|",
  ];
  for (const s of r.signs) {
    const sorted = [...s.delays].sort((x, y) => x - y);
    const p90 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] : NaN;
    lines.push(
      `| ${s.sign} | ${s.couples} | ${pct(s.detected, s.couples)} | ${median(s.delays)}, ${p90} | ${pct(s.earlyAlarms, s.couples)} | ${pct(r.healthyBySign[s.sign], r.healthy)} |`,
    );
  }
  lines.push(`healthy couples: ${r.healthy}; ever saw any sign in the year: ${r.healthyAlarmed} (${pct(r.healthyAlarmed, r.healthy)})`);
  return lines.join("\n");
}
