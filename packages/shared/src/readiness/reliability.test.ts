import { describe, expect, it } from "vitest";
import { mulberry32 } from "../content/rotation.ts";
import { READINESS_ITEMS } from "./items.ts";
import { bivariateNormalCdf, iccAgreement, normalCdf, normalQuantile, omegaFromLoadings, ordinalOmega, polychoric, reliabilityReport } from "./reliability.ts";

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand());
}
const cut = (z: number, cuts: readonly number[]) => 1 + cuts.filter((c) => z > c).length;
const CUTS = [-1.2, -0.4, 0.3, 1.1];

describe("the statistics behind the reliability report", () => {
  it("normal CDF, quantile and bivariate CDF match known values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(normalCdf(-2.3))).toBeCloseTo(-2.3, 5);
    expect(bivariateNormalCdf(0, 0, 0)).toBeCloseTo(0.25, 6);
    // P(X≤0, Y≤0) = 1/4 + asin(ρ)/(2π)
    expect(bivariateNormalCdf(0, 0, 0.5)).toBeCloseTo(0.25 + Math.asin(0.5) / (2 * Math.PI), 5);
    expect(bivariateNormalCdf(0, 0, -0.7)).toBeCloseTo(0.25 + Math.asin(-0.7) / (2 * Math.PI), 5);
    expect(bivariateNormalCdf(1, Infinity, 0.3)).toBeCloseTo(normalCdf(1), 6);
  });

  it("recovers a known latent correlation from 5-point ratings (polychoric)", () => {
    const rand = mulberry32(11);
    for (const rho of [0.2, 0.5, 0.8]) {
      const x: number[] = [];
      const y: number[] = [];
      for (let n = 0; n < 3000; n++) {
        const a = gaussian(rand);
        const b = rho * a + Math.sqrt(1 - rho * rho) * gaussian(rand);
        x.push(cut(a, CUTS));
        y.push(cut(b, CUTS));
      }
      expect(Math.abs(polychoric(x, y) - rho), `rho ${rho}`).toBeLessThan(0.05);
    }
    expect(polychoric([3, 3, 3], [1, 2, 3])).toBeNaN();
  });

  it("gives the ordinal omega a one-factor model implies", () => {
    const rand = mulberry32(5);
    const loadings = [0.8, 0.7, 0.7, 0.6, 0.6, 0.5];
    const rows: number[][] = [];
    for (let n = 0; n < 1500; n++) {
      const f = gaussian(rand);
      rows.push(loadings.map((l) => cut(l * f + Math.sqrt(1 - l * l) * gaussian(rand), CUTS)));
    }
    expect(Math.abs(ordinalOmega(rows) - omegaFromLoadings(loadings))).toBeLessThan(0.04);
  });

  it("ICC(A,1) is 1 for identical retakes, falls with noise and with a shift", () => {
    const same = [1, 2, 3, 4, 5].map((v) => [v, v] as const);
    expect(iccAgreement(same)).toBeCloseTo(1, 10);
    const shifted = [1, 2, 3, 4, 5].map((v) => [v, v + 1] as const);
    expect(iccAgreement(shifted)).toBeLessThan(1);
    expect(iccAgreement(shifted)).toBeGreaterThan(0.5);
    expect(
      iccAgreement([
        [1, 5],
        [5, 1],
        [2, 4],
        [4, 2],
      ]),
    ).toBeLessThan(0);
    expect(iccAgreement([[1, 1]])).toBeNaN();
  });

  it("reports every subscale with aggregates only, and counts retakes", () => {
    const rand = mulberry32(3);
    const person = () => Object.fromEntries(READINESS_ITEMS.map((i) => [i.id, 1 + Math.floor(rand() * 5)]));
    const people = Array.from({ length: 60 }, (_, n) => ({ first: person(), retake: n % 3 === 0 ? person() : undefined }));
    const rows = reliabilityReport(people);
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r).toMatchObject({ items: 6, people: 60, retestPairs: 20 });
      expect(Object.keys(r).sort()).toEqual(["alpha", "items", "ordinalOmega", "people", "retestIcc", "retestPairs", "subscale"]);
      // Random answers carry no signal: reliability near zero, not the 0.8 a simulation with a built-in trait prints.
      expect(r.alpha).toBeLessThan(0.5);
    }
  });
});
