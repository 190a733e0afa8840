/**
 * The reply model's second stage (`src/model/stack.ts`): its file is checked before use,
 * its inputs are laid out as the training script laid them out, and it computes what a
 * one-hidden-layer network with a linear skip computes.
 */
import { describe, expect, it } from "vitest";
import { ALPHABET, compandedLevels, encodeLevels, MAX_LEVEL } from "../../src/emotions/codec.ts";
import { models } from "../../src/model/model.ts";
import { REPLY_OUTPUTS, replyProbabilities } from "../../src/model/reply-model.ts";
import { decodeStack, STACK_FLAGS, stackInputs, stackProbabilities, type StackFile } from "../../src/model/stack.ts";
import { readWithRules } from "../../src/model/pipeline.ts";
import { readShareLearned } from "../../src/model/share-model.ts";

const levels = compandedLevels(0.01, 0.1);
const at = (value: number): number => levels.indexOf(value) - MAX_LEVEL;

/** A network of 2 inputs, 1 hidden unit and 2 outputs, with weights on the table's exact values. */
function tiny(): StackFile {
  const v = (i: number): number => levels[MAX_LEVEL + i] as number;
  // w1 (1 × 2), w2 (2 × 1), skip (2 × 2)
  const weights = [v(20), v(-10), v(30), v(-30), v(5), 0, 0, v(-5)];
  return { inputs: 2, hidden: 1, levels, weights: encodeLevels(weights.map(at)), bias: [0.5, -1, 2] };
}

describe("the second stage", () => {
  it("computes relu(w1·x + b1), then w2·h + skip·x + b2, through the logistic", () => {
    const file = tiny();
    const net = decodeStack(file, 2);
    const v = (i: number): number => levels[MAX_LEVEL + i] as number;
    const x = [1.5, -0.5];
    const h = Math.max(0, v(20) * 1.5 + v(-10) * -0.5 + 0.5);
    const z0 = v(30) * h + v(5) * 1.5 + 0 * -0.5 - 1;
    const z1 = v(-30) * h + 0 * 1.5 + v(-5) * -0.5 + 2;
    const p = stackProbabilities(net, x);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-z0)), 12);
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-z1)), 12);
    // a negative pre-activation is cut to zero: only the skip and the bias remain
    const q = stackProbabilities(net, [-10, 0]);
    expect(q[0]).toBeCloseTo(1 / (1 + Math.exp(-(v(5) * -10 - 1))), 12);
  });

  it("refuses a malformed file with a reason", () => {
    const good = tiny();
    expect(() => decodeStack(good, 2)).not.toThrow();
    expect(() => decodeStack(good, 3)).toThrow(/weights/);
    expect(() => decodeStack({ ...good, bias: [0, 0] }, 2)).toThrow(/biases/);
    expect(() => decodeStack({ ...good, hidden: 0 }, 2)).toThrow(/positive/);
    expect(() => decodeStack({ ...good, levels: levels.slice(1) }, 2)).toThrow(/levels/);
    expect(() => decodeStack({ ...good, levels: levels.map((v, i) => (i === 0 ? Number.NaN : v)) }, 2)).toThrow(/levels/);
    expect(() => decodeStack({ ...good, weights: `\\${good.weights.slice(1)}` }, 2)).toThrow(/alphabet/);
    expect(ALPHABET).toHaveLength(2 * MAX_LEVEL + 1);
  });

  it("lays out its inputs: reply logits, strongest sentence, rule cues, context, length", () => {
    const outputs = ["fixing", "warmth"];
    const x = stackInputs(
      outputs,
      [8, -40],
      [
        [1, -2],
        [6, -1],
      ],
      [{ id: "warmth" }],
      { all: ["%asks", "%notes", "x"], bySentence: [["x"], ["y"]] },
    );
    expect(x).toHaveLength(3 * outputs.length + STACK_FLAGS.length + 2);
    // logits divided by 4, clipped at ±12 first
    expect(Array.from(x.slice(0, 2))).toEqual([2, -3]);
    expect(Array.from(x.slice(2, 4))).toEqual([1.5, -0.25]);
    expect(Array.from(x.slice(4, 6))).toEqual([0, 1]);
    expect(Array.from(x.slice(6, 6 + STACK_FLAGS.length))).toEqual(STACK_FLAGS.map((f) => (f === "%asks" || f === "%notes" ? 1 : 0)));
    // two sentences: neither one sentence nor more than three
    expect(Array.from(x.slice(-2))).toEqual([0, 0]);
  });

  it("decides the shipped labels when the file has one, and the linear model's own verdict without", () => {
    const learned = models();
    expect(learned.stack).toBeDefined();
    const share = "My boss tore into my slides in front of the whole team. I felt humiliated.";
    const reply = "You should have practised more. Talk to HR tomorrow.";
    const ruled = readWithRules(share, readShareLearned(share, learned.share), reply, []);
    const stacked = replyProbabilities(learned, ruled.rules, ruled.features);
    const linear = replyProbabilities({ reply: learned.reply }, ruled.rules, ruled.features);
    expect(stacked).toHaveLength(REPLY_OUTPUTS.length);
    expect(Array.from(stacked)).not.toEqual(Array.from(linear));
    expect(stacked[REPLY_OUTPUTS.indexOf("fixing")] as number).toBeGreaterThan(0.5);
  });
});
