/**
 * Fitting the reply model's second stage (`src/model/stack.ts`): a one-hidden-layer
 * network with a linear skip, fitted by Adam on the linear model's out-of-writer verdicts
 * (each writer's replies read by a linear model that never saw that writer), so it learns
 * how far those verdicts are to be trusted on words nobody tuned on. Deterministic: seeded
 * initialisation and order, so the same inputs give the same bytes.
 */
import { compandedLevels, encodeLevels, nearestLevel } from "../../src/emotions/codec.ts";
import { decodeStack, stackProbabilities, type DecodedStack, type StackFile } from "../../src/model/stack.ts";
import { rng, shuffle, tuneThresholds } from "./logistic.ts";

export interface StackConfig {
  seed: number;
  hidden: number;
  epochs: number;
  batch: number;
  learningRate: number;
  /** L2 on every weight, per step */
  decay: number;
  /** the stored table: `compandedLevels(smallest, growth)` */
  levels: { smallest: number; growth: number };
  /** inner folds (over groups) whose out-of-fold predictions tune the thresholds */
  folds: number;
}

interface Net {
  D: number;
  H: number;
  T: number;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  skip: Float64Array;
  b2: Float64Array;
}

/** Fits one network on inputs X (rows of D) and 0/1 targets Y (rows of T). */
function fitNet(X: readonly Float64Array[], Y: readonly (readonly number[])[], config: StackConfig, seed: number): Net {
  const D = X[0]?.length ?? 0;
  const T = Y[0]?.length ?? 0;
  const H = config.hidden;
  const random = rng(seed);
  const init = (n: number, s: number): Float64Array => Float64Array.from({ length: n }, () => (random() * 2 - 1) * s);
  const net: Net = {
    D,
    H,
    T,
    w1: init(H * D, Math.sqrt(6 / (D + H))),
    b1: new Float64Array(H),
    w2: init(T * H, Math.sqrt(6 / (H + T))),
    skip: new Float64Array(T * D),
    b2: new Float64Array(T),
  };
  const params = [net.w1, net.b1, net.w2, net.skip, net.b2];
  const grads = params.map((a) => new Float64Array(a.length));
  const m = params.map((a) => new Float64Array(a.length));
  const v = params.map((a) => new Float64Array(a.length));
  const [g1, gb1, g2, gs, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const order = X.map((_, i) => i);
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  let step = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffle(order, random);
    for (let start = 0; start < order.length; start += config.batch) {
      for (const g of grads) g.fill(0);
      const end = Math.min(order.length, start + config.batch);
      for (let b = start; b < end; b++) {
        const idx = order[b] as number;
        const x = X[idx] as Float64Array;
        const y = Y[idx] as readonly number[];
        for (let j = 0; j < H; j++) {
          let s = net.b1[j] as number;
          for (let d = 0; d < D; d++) s += (net.w1[j * D + d] as number) * (x[d] as number);
          h[j] = Math.max(0, s);
        }
        dh.fill(0);
        for (let k = 0; k < T; k++) {
          let z = net.b2[k] as number;
          for (let j = 0; j < H; j++) z += (net.w2[k * H + j] as number) * (h[j] as number);
          for (let d = 0; d < D; d++) z += (net.skip[k * D + d] as number) * (x[d] as number);
          const g = 1 / (1 + Math.exp(-z)) - (y[k] as number);
          gb2[k] = (gb2[k] as number) + g;
          for (let j = 0; j < H; j++) {
            g2[k * H + j] = (g2[k * H + j] as number) + g * (h[j] as number);
            dh[j] = (dh[j] as number) + g * (net.w2[k * H + j] as number);
          }
          for (let d = 0; d < D; d++) gs[k * D + d] = (gs[k * D + d] as number) + g * (x[d] as number);
        }
        for (let j = 0; j < H; j++) {
          if ((h[j] as number) <= 0) continue;
          const g = dh[j] as number;
          gb1[j] = (gb1[j] as number) + g;
          for (let d = 0; d < D; d++) g1[j * D + d] = (g1[j * D + d] as number) + g * (x[d] as number);
        }
      }
      step++;
      const n = end - start;
      const c1 = 1 - 0.9 ** step;
      const c2 = 1 - 0.999 ** step;
      params.forEach((a, pi) => {
        const g = grads[pi] as Float64Array;
        const mm = m[pi] as Float64Array;
        const vv = v[pi] as Float64Array;
        for (let i = 0; i < a.length; i++) {
          const gi = (g[i] as number) / n + config.decay * (a[i] as number);
          mm[i] = 0.9 * (mm[i] as number) + 0.1 * gi;
          vv[i] = 0.999 * (vv[i] as number) + 0.001 * gi * gi;
          a[i] = (a[i] as number) - (config.learningRate * ((mm[i] as number) / c1)) / (Math.sqrt((vv[i] as number) / c2) + 1e-8);
        }
      });
    }
  }
  return net;
}

/** The network as the file stores it: weights on the table's levels, biases to 1e-4, thresholds folded into the output biases. */
function toFile(net: Net, config: StackConfig, thresholds: readonly number[]): StackFile {
  const levels = compandedLevels(config.levels.smallest, config.levels.growth);
  const values = [...net.w1, ...net.w2, ...net.skip];
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    inputs: net.D,
    hidden: net.H,
    levels,
    weights: encodeLevels(values.map((w) => nearestLevel(w, levels))),
    bias: [...Array.from(net.b1, round), ...Array.from(net.b2, (b, k) => round(b - Math.log((thresholds[k] ?? 0.5) / (1 - (thresholds[k] ?? 0.5)))))],
  };
}

const stored = (net: Net, config: StackConfig): DecodedStack => decodeStack(toFile(net, config, []), net.T);

/**
 * Fits the second stage on out-of-writer inputs. Thresholds are tuned on predictions of
 * networks that never saw the group (groups dealt into `config.folds` folds by name), as
 * stored (quantised), then folded into the output biases.
 *
 * @example
 * fitStack(inputs, gold, groups, STACK_CONFIG).hidden // 16
 */
export function fitStack(X: readonly Float64Array[], gold: readonly (readonly number[])[], groups: readonly string[], config: StackConfig): StackFile {
  const names = [...new Set(groups)].sort();
  const foldOf = new Map(names.map((g, i) => [g, i % config.folds]));
  const T = gold[0]?.length ?? 0;
  const probs: number[][] = new Array(X.length);
  for (let fold = 0; fold < config.folds; fold++) {
    const train = X.map((_, i) => i).filter((i) => foldOf.get(groups[i] ?? "") !== fold);
    if (train.length === X.length) continue;
    const net = stored(
      fitNet(
        train.map((i) => X[i] as Float64Array),
        train.map((i) => gold[i] as readonly number[]),
        config,
        config.seed + 1 + fold,
      ),
      config,
    );
    X.forEach((x, i) => {
      if (foldOf.get(groups[i] ?? "") === fold) probs[i] = Array.from(stackProbabilities(net, x));
    });
  }
  const thresholds = tuneThresholds(probs, gold, T);
  const final = fitNet(X, gold, config, config.seed);
  return toFile(final, config, thresholds);
}
