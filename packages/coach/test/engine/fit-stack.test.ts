/**
 * The second stage's fitting (`scripts/lib/fit-stack.ts`): it learns what a linear model
 * over the same inputs cannot (one label standing in for another), and the same inputs
 * give the same file.
 */
import { describe, expect, it } from "vitest";
import { rng } from "../../scripts/lib/logistic.ts";
import { fitStack, type StackConfig } from "../../scripts/lib/fit-stack.ts";
import { decodeStack, stackProbabilities } from "../../src/model/stack.ts";

const CONFIG: StackConfig = {
  seed: 7,
  hidden: 8,
  epochs: 60,
  batch: 16,
  learningRate: 0.01,
  decay: 1e-5,
  levels: { smallest: 0.01, growth: 0.1 },
  folds: 4,
};

/**
 * Two inputs a, b in {-1, 1} and a noise input; label 0 is "a or b but not both" (as: a
 * blaming verdict that stands alone but not beside a defensiveness verdict, which itself
 * stands alone), label 1 is "a or b". No linear model over these inputs gets label 0
 * right more than three times in four; the ReLU layer can.
 */
function data(n: number, seed: number): { X: Float64Array[]; Y: number[][]; groups: string[] } {
  const random = rng(seed);
  const X: Float64Array[] = [];
  const Y: number[][] = [];
  const groups: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = random() < 0.5 ? 1 : -1;
    const b = random() < 0.5 ? 1 : -1;
    X.push(Float64Array.from([a, b, random() - 0.5]));
    Y.push([a !== b ? 1 : 0, a === 1 || b === 1 ? 1 : 0]);
    groups.push(`g${i % 5}`);
  }
  return { X, Y, groups };
}

describe("fitting the second stage", () => {
  const train = data(400, 1);
  const file = fitStack(train.X, train.Y, train.groups, CONFIG);

  it("learns an interaction of two verdicts, and stores thresholds that decide at 0.5", () => {
    const net = decodeStack(file, 2);
    const test = data(200, 2);
    let right = 0;
    test.X.forEach((x, i) => {
      const p = stackProbabilities(net, x);
      if (((p[0] as number) >= 0.5 ? 1 : 0) === test.Y[i]?.[0] && ((p[1] as number) >= 0.5 ? 1 : 0) === test.Y[i]?.[1]) right++;
    });
    expect(right / test.X.length).toBeGreaterThan(0.97);
  });

  it("gives the same file for the same inputs", () => {
    expect(fitStack(train.X, train.Y, train.groups, CONFIG)).toEqual(file);
    expect(file.inputs).toBe(3);
    expect(file.hidden).toBe(8);
    expect(file.weights).toHaveLength(8 * 3 + 2 * 8 + 2 * 3);
  });
});
