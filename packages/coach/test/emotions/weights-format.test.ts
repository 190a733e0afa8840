/**
 * The shipped `weights.json` is well formed, and the codec reads exactly what it writes.
 */
import { describe, expect, it } from "vitest";
import weightsFile from "../../src/emotions/weights.json" with { type: "json" };
import {
  ALPHABET,
  compandedLevels,
  decodeWeights,
  encodeLevels,
  FEATURE_SEPARATOR,
  FORMAT,
  frontCode,
  frontDecode,
  MAX_LEVEL,
  nearestLevel,
  quantize,
  type LinearWeightsFile,
  type WeightsFile,
} from "../../src/emotions/codec.ts";
import { CORE_EMOTIONS } from "../../src/emotions/types.ts";

const file = weightsFile as LinearWeightsFile;

describe("the shipped weights file", () => {
  const names = file.features.split(FEATURE_SEPARATOR);
  const T = file.outputs.length;

  it("names its source and licence", () => {
    expect(file.about).toMatch(/GoEmotions/);
    expect(file.about).toMatch(/Apache-2\.0/);
  });

  it("has the current format, one output per core emotion and a finite bias for each", () => {
    expect(file.format).toBe(FORMAT);
    expect([...file.outputs].sort()).toEqual([...CORE_EMOTIONS].sort());
    expect(file.bias).toHaveLength(T);
    for (const b of file.bias) expect(Number.isFinite(b)).toBe(true);
    expect(file.scale).toBeGreaterThan(0);
  });

  it("lists features sorted, distinct and non-empty", () => {
    expect(names.length).toBeGreaterThan(1000);
    for (let i = 1; i < names.length; i++) {
      expect((names[i - 1] ?? "") < (names[i] ?? ""), `${names[i - 1]} before ${names[i]}`).toBe(true);
    }
    expect(names.every((n) => n.length > 0 && n.trim() === n)).toBe(true);
  });

  it("holds one alphabet character per feature and output, and no feature without a weight", () => {
    expect(file.weights).toHaveLength(names.length * T);
    const zero = ALPHABET[MAX_LEVEL];
    for (let f = 0; f < names.length; f++) {
      const row = file.weights.slice(f * T, (f + 1) * T);
      for (const c of row) expect(ALPHABET.includes(c)).toBe(true);
      expect(
        [...row].some((c) => c !== zero),
        `feature ${names[f]} has only zero weights`,
      ).toBe(true);
    }
  });

  it("decodes, and the words the detector relies on carry the expected sign", () => {
    const model = decodeWeights(file);
    expect(model.rows.size).toBe(names.length);
    const weight = (feature: string, emotion: string): number => {
      const row = model.rows.get(feature);
      expect(row, `feature ${feature}`).toBeDefined();
      return model.weights[(row as number) * T + file.outputs.indexOf(emotion)] as number;
    };
    expect(weight("#mad", "mad")).toBeGreaterThan(0);
    expect(weight("#sad", "sad")).toBeGreaterThan(0);
    expect(weight("#glad", "glad")).toBeGreaterThan(0);
    expect(weight("#fear", "fear")).toBeGreaterThan(0);
    expect(weight("thanks", "glad")).toBeGreaterThan(0);
  });
});

describe("the codec", () => {
  it("quantises to the nearest level and clips to the alphabet's range", () => {
    expect(quantize(0.26, 4)).toBe(1);
    expect(quantize(-0.9, 4)).toBe(-4);
    expect(quantize(1e6, 4)).toBe(MAX_LEVEL);
    expect(quantize(-1e6, 4)).toBe(-MAX_LEVEL);
    expect(ALPHABET).not.toContain("\\");
    expect(ALPHABET).not.toContain('"');
    expect(JSON.stringify(ALPHABET)).toBe(`"${ALPHABET}"`);
  });

  it("round-trips levels through the file", () => {
    const levels = [0, 1, -1, MAX_LEVEL, -MAX_LEVEL, 7, -12, 0];
    const small: WeightsFile = {
      about: "test",
      format: 2,
      outputs: ["mad", "sad"],
      scale: 4,
      bias: [-1, 0.5],
      features: ["a", "b c", "not_d", "#fear"].sort().join(FEATURE_SEPARATOR),
      weights: encodeLevels(levels),
    };
    const model = decodeWeights(JSON.parse(JSON.stringify(small)) as WeightsFile);
    expect(Array.from(model.weights)).toEqual(levels.map((l) => l / 4));
    expect(model.rows.get("b c")).toBe(2);
  });

  it("spaces a companded table finely near zero and widely far from it", () => {
    const levels = compandedLevels(0.125, 0.0768);
    expect(levels).toHaveLength(ALPHABET.length);
    expect(levels[MAX_LEVEL]).toBe(0);
    expect(levels[MAX_LEVEL + 1]).toBe(0.125);
    expect(levels[MAX_LEVEL - 1]).toBe(-0.125);
    // the largest reaches past the evenly spaced file's ±11.25 that clipped the reply model's rule cues
    expect(levels[2 * MAX_LEVEL]).toBeGreaterThan(40);
    for (let i = 1; i < levels.length; i++) expect(levels[i] as number).toBeGreaterThan(levels[i - 1] as number);
    for (let i = MAX_LEVEL + 2; i < levels.length; i++) {
      expect((levels[i] as number) - (levels[i - 1] as number)).toBeGreaterThan((levels[i - 1] as number) - (levels[i - 2] as number) - 1e-3);
    }
  });

  it("picks the nearest level of a table, ties towards zero, the ends for anything beyond", () => {
    const levels = compandedLevels(0.125, 0.0768);
    expect(nearestLevel(0, levels)).toBe(0);
    expect(nearestLevel(0.06, levels)).toBe(0);
    expect(nearestLevel(0.0625, levels)).toBe(0);
    expect(nearestLevel(0.07, levels)).toBe(1);
    expect(nearestLevel(-0.13, levels)).toBe(-1);
    expect(nearestLevel(1e6, levels)).toBe(MAX_LEVEL);
    expect(nearestLevel(-1e6, levels)).toBe(-MAX_LEVEL);
    for (let l = -MAX_LEVEL; l <= MAX_LEVEL; l++) expect(nearestLevel(levels[l + MAX_LEVEL] as number, levels)).toBe(l);
  });

  it("front-codes sorted names and reads them back, long shared prefixes included", () => {
    const long = "x".repeat(60);
    const names = ["%asks&@fixing", "%asks&@fixing:imperative", "%asks&?^why", "?^why", `${long}a`, `${long}b`, "you", "you should", "😭", "😮"].sort();
    const coded = frontCode(names);
    expect(frontDecode(coded)).toEqual(names);
    expect(coded[names.indexOf("you should")]).toBe(`${ALPHABET[3]} should`);
    // the length character is never the separator, so the joined list splits back
    expect(coded.every((c) => c[0] !== FEATURE_SEPARATOR)).toBe(true);
    expect(() => frontDecode([`${ALPHABET[2]}ab`])).toThrow(/prefix/);
    // two emoji share their first UTF-16 unit: the pair is never split, so the file stays valid text
    for (const c of coded) expect(c.isWellFormed()).toBe(true);
  });

  it("round-trips a table file's levels through its own table", () => {
    const table = compandedLevels(0.125, 0.0768);
    const levels = [0, 1, -1, MAX_LEVEL, -MAX_LEVEL, 30, -12, 0];
    const small: WeightsFile = {
      about: "test",
      format: 3,
      levels: table,
      outputs: ["fixing", "warmth"],
      bias: [-1, 0.5],
      features: frontCode(["a", "b c", "not_d", "@fixing"].sort()).join(FEATURE_SEPARATOR),
      weights: encodeLevels(levels),
    };
    const model = decodeWeights(JSON.parse(JSON.stringify(small)) as WeightsFile);
    expect(Array.from(model.weights)).toEqual(levels.map((l) => table[l + MAX_LEVEL]));
    expect([...model.rows.keys()]).toEqual(["@fixing", "a", "b c", "not_d"]);
    expect(() => decodeWeights({ ...small, levels: table.slice(1) })).toThrow(/levels/);
    expect(() => decodeWeights({ ...small, levels: [...table].reverse() })).toThrow(/levels/);
    expect(() => decodeWeights({ ...small, levels: table.map((v) => v + 1) })).toThrow(/levels/);
  });

  it("refuses a malformed file with a reason", () => {
    const good: WeightsFile = { about: "", format: 2, outputs: ["mad"], scale: 1, bias: [0], features: "a|b", weights: encodeLevels([1, 2]) };
    expect(() => decodeWeights(good)).not.toThrow();
    expect(() => decodeWeights({ ...good, format: 1 as 2 })).toThrow(/format/);
    expect(() => decodeWeights({ ...good, weights: encodeLevels([1]) })).toThrow(/weights/);
    expect(() => decodeWeights({ ...good, bias: [] })).toThrow(/bias/);
    expect(() => decodeWeights({ ...good, weights: "\\!" })).toThrow(/alphabet/);
    expect(() => decodeWeights({ ...good, features: "a|a" })).toThrow(/duplicate/);
  });
});
