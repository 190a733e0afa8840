// Coach 10.7: sadness about the situation, or felt with them, is not pity (DOMAIN.md: pity
// watches from outside, "so sad for you"). Refitted on thirty-eight writers, the reply model
// learned "that's so sad" as sympathy from writers who label it so, and read it into our own
// case "Oh no, that's so sad. Does this mean we'll have to go visit her?". Sentences written for this test.
import { describe, expect, it } from "vitest";
import type { DecodedWeights } from "../../src/emotions/codec.ts";
import { decideReply, REPLY_OUTPUTS } from "../../src/model/reply-model.ts";

const SYMPATHY = REPLY_OUTPUTS.indexOf("sympathy");

/** A reply model sure of sympathy, whose evidence per sentence is set by one feature each. */
function sureOfSympathy(evidence: Record<string, number>): DecodedWeights {
  const T = REPLY_OUTPUTS.length;
  const names = Object.keys(evidence);
  const weights = new Float64Array(names.length * T);
  names.forEach((name, row) => {
    weights[row * T + SYMPATHY] = evidence[name] ?? 0;
  });
  const bias = new Float64Array(T).fill(-20);
  bias[SYMPATHY] = 20;
  return { outputs: [...REPLY_OUTPUTS], bias, rows: new Map(names.map((n, i) => [n, i])), weights };
}

/** The sentences of a reply as spans over its lowercase text, and one feature per sentence. */
function read(sentences: string[]) {
  let at = 0;
  const spans = sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });
  return {
    prepared: { norm: sentences.join(" ").toLowerCase(), sentences: spans },
    features: { all: sentences.map((_, i) => `s${i}`), bySentence: sentences.map((_, i) => [`s${i}`]) },
  };
}

const sympathyIn = (sentences: string[], evidence: number[]): string[] => {
  const { prepared, features } = read(sentences);
  const model = sureOfSympathy(Object.fromEntries(evidence.map((e, i) => [`s${i}`, e])));
  return decideReply(model, prepared, [], features)
    .filter((f) => f.id === "sympathy")
    .map((f) => prepared.norm.slice(f.start, f.end));
};

describe("sad with them, not pity", () => {
  it("never pins pity on a sentence sad about the situation, or sad with them", () => {
    expect(sympathyIn(["Oh no, that's so sad.", "Does this mean we'll have to visit her?"], [34, 1.75])).toEqual([]);
    expect(sympathyIn(["That's heartbreaking.", "I'm sad with you."], [20, 18])).toEqual([]);
  });

  it("still reads pity aimed at them, in that sentence or clearly in another", () => {
    expect(sympathyIn(["Aww babe, that's so sad for you."], [30])).toEqual(["aww babe, that's so sad for you."]);
    expect(sympathyIn(["Oh baby, that's so sad, bechari."], [30])).toEqual(["oh baby, that's so sad, bechari."]);
    expect(sympathyIn(["That's so sad.", "It's honestly pitiful what this year has done to you."], [33, 16])).toEqual([
      "it's honestly pitiful what this year has done to you.",
    ]);
  });

  it("leaves every other reading as it was", () => {
    expect(sympathyIn(["Poor you.", "Rest up."], [10, 2])).toEqual(["poor you."]);
  });
});
