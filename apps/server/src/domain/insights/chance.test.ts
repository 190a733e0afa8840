import { describe, expect, it } from "vitest";
import { binomialAtLeast, binomialAtMost, poissonAtMost } from "./chance.ts";

describe("chance tails", () => {
  it("match hand-computed binomial and Poisson values", () => {
    expect(binomialAtMost(0, 3, 0.5)).toBeCloseTo(0.125, 10);
    expect(binomialAtMost(1, 3, 0.5)).toBeCloseTo(0.5, 10);
    expect(binomialAtLeast(3, 3, 0.5)).toBeCloseTo(0.125, 10);
    expect(binomialAtLeast(0, 3, 0.5)).toBe(1);
    expect(poissonAtMost(0, 2)).toBeCloseTo(Math.exp(-2), 10);
    expect(poissonAtMost(1, 2)).toBeCloseTo(3 * Math.exp(-2), 10);
  });
});
