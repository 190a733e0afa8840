import { LIBRARY_ITEMS } from "@attune/shared";
import { describe, expect, it } from "vitest";
import { formatReport, measure } from "../../../../../scripts/insights-sim/measure.ts";
import { simulateCouple } from "../../../../../scripts/insights-sim/generate.ts";
import { COPY_PRACTICE_IDS, presentSign } from "./copy.ts";
import { RULES } from "./rules.ts";
import { buildSeries } from "./series.ts";
import { persistDaysOf, showingDays, signsFor } from "./signs.ts";
import { viewFor } from "./view.ts";

describe("warning signs on simulated couples", () => {
  // A small sample of the simulation (docs/insights.md has the full report and its command).
  const report = measure(4242, 30);

  // Pins what the rules achieve on this sample, as counts of its 30 couples per pattern and 60 healthy
  // (the full held-out figures are in docs/insights.md): a change that weakens a rule, or makes healthy
  // couples see more signs, fails here. The second pass's rules found distance in 23 and loneliness in 24.
  const FLOOR = { distance: 24, harshness: 13, loneliness: 24, imbalance: 12 } as const;
  it("finds injected patterns within two weeks and rarely troubles a healthy couple", () => {
    for (const sign of report.signs) expect(sign.detected, `${sign.sign}\n${formatReport(report)}`).toBeGreaterThanOrEqual(FLOOR[sign.sign]);
    expect(report.healthyAlarmed, formatReport(report)).toBeLessThanOrEqual(3);
  });

  it("never shows a sign from a single day: a rule must hold several days in a row", () => {
    const c = simulateCouple(7, "distance");
    const person = c.facts.people[0];
    const series = buildSeries(viewFor(c.facts, person), c.start, c.end);
    const shown = showingDays(series, c.facts.people, person, "distance", c.start, c.end);
    const first = shown.indexOf(true);
    expect(first).toBeGreaterThan(0);
    const strict = showingDays(series, c.facts.people, person, "distance", c.start, c.end, { ...RULES, persistDays: 1 });
    // With a one-day rule it would have shown earlier (or the same day); ours waits for a run.
    expect(strict.indexOf(true)).toBeLessThanOrEqual(first - 2);
  });

  it("lets a sign wait its own number of days in a row (defensiveness and loneliness: two, the others: three)", () => {
    const c = simulateCouple(4243, "harshness");
    const person = c.concerns!;
    const series = buildSeries(viewFor(c.facts, person), c.start, c.end);
    const firstWith = (persist: number) =>
      showingDays(series, c.facts.people, person, "harshness", c.onset!, c.end, { ...RULES, harshness: { ...RULES.harshness, persistDays: persist } }).indexOf(
        true,
      );
    expect(persistDaysOf("harshness", RULES)).toBe(2);
    expect(persistDaysOf("loneliness", RULES)).toBe(2);
    expect(persistDaysOf("distance", RULES)).toBe(RULES.persistDays);
    const [one, two, three] = [firstWith(1), firstWith(2), firstWith(3)];
    expect(one).toBeGreaterThanOrEqual(0);
    expect(two).toBeGreaterThanOrEqual(one + 1);
    expect(three).toBeGreaterThanOrEqual(two + 1);
    expect(showingDays(series, c.facts.people, person, "harshness", c.onset!, c.end).indexOf(true)).toBe(two);
  });

  it("speaks kindly, names why, offers real library practices, and points to therapy only when lasting", () => {
    const c = simulateCouple(11, "loneliness");
    const person = c.concerns!;
    const series = buildSeries(viewFor(c.facts, person), c.start, c.end);
    const days = showingDays(series, c.facts.people, person, "loneliness", c.onset!, c.end);
    const day = c.onset! + days.indexOf(true);
    const found = signsFor(series, c.facts.people, person, day).find((s) => s.id === "loneliness");
    expect(found).toBeDefined();
    const view = presentSign(found!);
    expect(view.why.length).toBeGreaterThan(0);
    expect(view.practices.length).toBeGreaterThanOrEqual(1);
    expect(view.therapy).toBeNull();
    expect(`${view.title} ${view.message}`).not.toMatch(/warning|danger|alarm|fail|!/i);
    expect(presentSign({ ...found!, lasting: true }).therapy).toMatch(/couples therapist/);
    const ids = new Set(LIBRARY_ITEMS.map((i) => i.id));
    for (const id of COPY_PRACTICE_IDS) expect(ids.has(id), id).toBe(true);
  });
});
