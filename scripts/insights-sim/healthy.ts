/**
 * How many healthy couples ever see any sign in their year, on any seed range (docs/insights.md):
 *   node --import tsx scripts/insights-sim/healthy.ts <firstSeed> <couples>
 */
import { SIGN_IDS } from "../../apps/server/src/domain/insights/rules.ts";
import { buildSeries } from "../../apps/server/src/domain/insights/series.ts";
import { showingDays } from "../../apps/server/src/domain/insights/signs.ts";
import { viewFor } from "../../apps/server/src/domain/insights/view.ts";
import { simulateCouple } from "./generate.ts";

const base = Number(process.argv[2] ?? 51_000);
const count = Number(process.argv[3] ?? 1200);
let alarmed = 0;
for (let i = 0; i < count; i += 1) {
  const c = simulateCouple(base + i, "healthy");
  const saw = c.facts.people.some((p) => {
    const series = buildSeries(viewFor(c.facts, p), c.start, c.end);
    return SIGN_IDS.some((sign) => showingDays(series, c.facts.people, p, sign, c.start, c.end).includes(true));
  });
  if (saw) alarmed += 1;
}
console.log(`healthy seeds ${base}–${base + count - 1}: ${alarmed} of ${count} (${((100 * alarmed) / count).toFixed(1)}%) ever saw a sign`);
