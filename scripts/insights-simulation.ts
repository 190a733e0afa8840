/**
 * Measures the warning-sign rules on synthetic couples (docs/insights.md).
 *   node --import tsx scripts/insights-simulation.ts [seedBase] [couplesPerPattern]
 * Thresholds were tuned on seeds from 1000; the report in the docs uses held-out seeds from 900000.
 */
import { formatReport, measure } from "./insights-sim/measure.ts";

const seedBase = Number(process.argv[2] ?? 900_000);
const perPattern = Number(process.argv[3] ?? 200);
const started = performance.now();
console.log(formatReport(measure(seedBase, perPattern)));
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
