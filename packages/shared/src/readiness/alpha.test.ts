import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "./alpha.ts";

describe("cronbachAlpha", () => {
  it("matches a hand-computed example (4 people, 3 items: 12/13)", () => {
    // item variances 5/3, 1/3, 11/12 (sum 35/12); total variance 91/12;
    // alpha = 3/2 · (1 − 35/91) = 12/13
    const m = [
      [2, 3, 3],
      [4, 4, 5],
      [3, 3, 4],
      [5, 4, 5],
    ];
    expect(cronbachAlpha(m)).toBeCloseTo(12 / 13, 10);
  });

  it("matches the two-item example in its doc comment (6/7)", () => {
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 3],
      ]),
    ).toBeCloseTo(6 / 7, 10);
  });

  it("is 1 for perfectly parallel items and lower when an item disagrees", () => {
    const parallel = [
      [1, 1, 1],
      [3, 3, 3],
      [5, 5, 5],
      [2, 2, 2],
    ];
    expect(cronbachAlpha(parallel)).toBeCloseTo(1, 10);
    const oneOff = [
      [1, 1, 5],
      [3, 3, 3],
      [5, 5, 1],
      [2, 2, 4],
    ];
    expect(cronbachAlpha(oneOff)).toBeLessThan(0.5);
  });

  it("is NaN when undefined", () => {
    expect(cronbachAlpha([[1, 2]])).toBeNaN();
    expect(cronbachAlpha([[1], [2]])).toBeNaN();
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNaN();
    expect(cronbachAlpha([[1, 2], [2]])).toBeNaN();
  });
});
