import { describe, expect, it } from "vitest";
import { bernoulliLlr, poissonLlr, strongestRun } from "./evidence.ts";

describe("sequential evidence", () => {
  it("finds the strongest run ending today, within the look-back", () => {
    const daily = new Map([
      [1, 2],
      [2, -1],
      [3, 1],
      [4, 1],
    ]);
    const at = (k: number) => daily.get(k) ?? 0;
    // Runs ending on day 4: [4] = 1, [3,4] = 2, [2..4] = 1, [1..4] = 3.
    expect(strongestRun(at, 4, 10, 99)).toEqual({ score: 3, from: 1 });
    // Looking back only 3 days, day 1 is out of reach.
    expect(strongestRun(at, 4, 3, 99)).toEqual({ score: 2, from: 3 });
    // Nothing positive: score 0, from the day after.
    expect(strongestRun(() => -1, 4, 10, 99)).toEqual({ score: 0, from: 5 });
  });

  it("caps each day, so one heavy day never reaches a threshold above the cap", () => {
    const oneBadDay = (k: number) => (k === 10 ? 50 : 0);
    for (let d = 10; d < 20; d += 1) expect(strongestRun(oneBadDay, d, 28, 1.5).score).toBe(1.5);
    // Three days pointing the same way do.
    const threeDays = (k: number) => (k >= 10 && k <= 12 ? 50 : 0);
    expect(strongestRun(threeDays, 12, 28, 1.5).score).toBe(4.5);
  });

  it("gives the textbook log-likelihood ratios", () => {
    expect(bernoulliLlr(1, 1, 0.1, 0.4)).toBeCloseTo(Math.log(4), 10);
    expect(bernoulliLlr(0, 1, 0.1, 0.4)).toBeCloseTo(Math.log(0.6 / 0.9), 10);
    expect(bernoulliLlr(2, 5, 0.5, 0.5)).toBe(0);
    expect(poissonLlr(0, 0.6, 0.2)).toBeCloseTo(0.4, 10);
    expect(poissonLlr(2, 0.6, 0.2)).toBeCloseTo(2 * Math.log(1 / 3) + 0.4, 10);
  });
});
