/**
 * The shipped `weights.json` is well formed, and the codec reads exactly what it writes.
 */
import { describe, expect, it } from "vitest";
import weightsFile from "../../src/emotions/weights.json" with { type: "json" };
import { ALPHABET, decodeWeights, encodeLevels, FEATURE_SEPARATOR, FORMAT, MAX_LEVEL, quantize, type WeightsFile } from "../../src/emotions/codec.ts";
import { CORE_EMOTIONS } from "../../src/emotions/types.ts";

const file = weightsFile as WeightsFile;

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
