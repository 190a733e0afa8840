/**
 * The compact format of `weights.json`, written by `scripts/train-emotions.ts` and read
 * at runtime. Shared by both so the shipped file can only be read the way it was written.
 *
 * Why this shape: the file ships in the browser bundle, so it is small raw and small
 * gzipped. Feature names are one sorted string (gzip shares their prefixes); weights are
 * quantised to 91 levels and stored one printable character each, so every weight is one
 * byte that needs no escaping in JSON and gzip can entropy-code the many zeros.
 *
 * Two ways to read a level: format 2 spaces the levels evenly (level / scale); format 3
 * carries its own table of 91 values, spaced finely near zero and widely far from it, so a
 * model with both many small weights and a few large ones (the coach's reply model: rule
 * cues near 20, %notes → level_two near 43) keeps both for the same byte per weight.
 * Format 3 also front-codes its feature names, which gzip alone does not fully exploit
 * (the reply model's 5,000 names: 15.8 → 12.4 KB gzip).
 */

interface WeightsFileBase {
  about: string;
  /** the output names (for the emotion detector: the core emotions), in output order */
  outputs: string[];
  /** per output, the threshold folded in: a score ≥ 0.5 means detected */
  bias: number[];
  /**
   * the features, sorted, joined by {@link FEATURE_SEPARATOR}; in format 3 each one
   * front-coded ({@link frontCode}: the length of the prefix it shares with the one before, then the rest)
   */
  features: string;
  /** features × outputs characters of {@link ALPHABET}, row-major (feature, then output) */
  weights: string;
}

/** Evenly spaced levels: real weight = level / scale. */
export interface LinearWeightsFile extends WeightsFileBase {
  /** bump when the layout changes; readers refuse other versions */
  format: 2;
  scale: number;
}

/** Levels read from the file's own table: real weight = levels[level + MAX_LEVEL]. */
export interface TableWeightsFile extends WeightsFileBase {
  format: 3;
  /** 2 × MAX_LEVEL + 1 increasing values, the middle one 0 */
  levels: number[];
}

/** The shipped file. */
export type WeightsFile = LinearWeightsFile | TableWeightsFile;

/** The format of evenly spaced levels (the emotion detector's file). */
export const FORMAT = 2;

/** The format of a file with its own level table (the coach's reply model). */
export const TABLE_FORMAT = 3;

/** Never inside a feature: the tokenizer splits on it. */
export const FEATURE_SEPARATOR = "|";

/** Printable ASCII from `#` to `~` without `\`: 91 characters, none escaped by JSON. */
export const ALPHABET: string = (() => {
  let s = "";
  for (let c = 0x23; c <= 0x7e; c++) if (c !== 0x5c) s += String.fromCharCode(c);
  return s;
})();

/** Largest |level|: levels run from -MAX_LEVEL to MAX_LEVEL. */
export const MAX_LEVEL = (ALPHABET.length - 1) / 2;

/** The level of a real weight: rounded to 1/scale and clipped to the alphabet's range. */
export function quantize(weight: number, scale: number): number {
  return Math.max(-MAX_LEVEL, Math.min(MAX_LEVEL, Math.round(weight * scale)));
}

/**
 * A table of levels spaced geometrically: ±smallest next to zero, each step `growth`
 * (as a log ratio) wider than the one before, so the largest is
 * smallest × (e^(growth × MAX_LEVEL) − 1) / (e^growth − 1). Values are rounded to 1e-4 so
 * the file holds them exactly as the model uses them.
 *
 * @example
 * compandedLevels(0.125, 0.0768)[MAX_LEVEL + 1] // 0.125
 */
export function compandedLevels(smallest: number, growth: number): number[] {
  const c = smallest / (Math.exp(growth) - 1);
  const out: number[] = [];
  for (let l = -MAX_LEVEL; l <= MAX_LEVEL; l++) out.push((Math.sign(l) * Math.round(c * (Math.exp(Math.abs(l) * growth) - 1) * 1e4)) / 1e4);
  return out;
}

/** The level whose table value is nearest to `weight` (ties go to the one nearer zero). */
export function nearestLevel(weight: number, levels: readonly number[]): number {
  let best = MAX_LEVEL;
  for (let i = 0; i < levels.length; i++) {
    const d = Math.abs((levels[i] as number) - weight);
    const bestD = Math.abs((levels[best] as number) - weight);
    if (d < bestD || (d === bestD && Math.abs(i - MAX_LEVEL) < Math.abs(best - MAX_LEVEL))) best = i;
  }
  return best - MAX_LEVEL;
}

/** The longest shared prefix a front-coded name records (its length is one {@link ALPHABET} character, never the separator). */
const MAX_PREFIX = 40;

/**
 * Sorted names front-coded: each is written as the length of the prefix it shares with
 * the name before (one {@link ALPHABET} character) and the rest.
 *
 * @example
 * frontCode(["you", "you should"]) // ["#you", "& should"]
 */
export function frontCode(names: readonly string[]): string[] {
  let prev = "";
  return names.map((name) => {
    let k = 0;
    while (k < MAX_PREFIX && k < prev.length && k < name.length && prev[k] === name[k]) k++;
    // never split an emoji's surrogate pair: each half alone is not valid text in the file
    const last = name.charCodeAt(k - 1);
    if (k > 0 && last >= 0xd800 && last <= 0xdbff) k--;
    prev = name;
    return `${ALPHABET[k] ?? ""}${name.slice(k)}`;
  });
}

/** The names {@link frontCode} wrote; throws when an entry's prefix is longer than the name before it. */
export function frontDecode(coded: readonly string[]): string[] {
  let prev = "";
  return coded.map((entry, i) => {
    const k = ALPHABET.indexOf(entry[0] ?? "");
    if (k < 0 || k > MAX_PREFIX || k > prev.length) throw new Error(`weights: feature ${i} has no valid shared-prefix length`);
    prev = prev.slice(0, k) + entry.slice(1);
    return prev;
  });
}

/** One character per level. */
export function encodeLevels(levels: readonly number[]): string {
  let s = "";
  for (const level of levels) s += ALPHABET[level + MAX_LEVEL] ?? "";
  return s;
}

/** The decoded model, ready for lookups. */
export interface DecodedWeights {
  outputs: string[];
  bias: Float64Array;
  /** feature → its row (multiply by outputs.length for the offset in `weights`) */
  rows: Map<string, number>;
  /** real weights, features × outputs */
  weights: Float64Array;
}

/**
 * Checks and decodes a weights file; throws with a reason when it is malformed (only
 * ever at first use, on a file that did not come from the training script).
 */
export function decodeWeights(file: WeightsFile): DecodedWeights {
  const value = levelReader(file);
  const T = file.outputs.length;
  if (T === 0 || file.bias.length !== T) throw new Error("weights: one bias per output expected");
  const listed = file.features === "" ? [] : file.features.split(FEATURE_SEPARATOR);
  const names = file.format === TABLE_FORMAT ? frontDecode(listed) : listed;
  if (file.weights.length !== names.length * T) {
    throw new Error(`weights: ${file.weights.length} weights for ${names.length} features × ${T} outputs`);
  }
  const rows = new Map(names.map((name, i) => [name, i]));
  if (rows.size !== names.length) throw new Error("weights: duplicate feature");
  return { outputs: file.outputs, bias: Float64Array.from(file.bias), rows, weights: decodeLevels(file.weights, value, "weights") };
}

/** Each character's level read as a real weight; throws on a character outside the {@link ALPHABET}. */
export function decodeLevels(chars: string, value: (level: number) => number, what: string): Float64Array {
  const levelOf = new Int8Array(128).fill(-128);
  for (let i = 0; i < ALPHABET.length; i++) levelOf[ALPHABET.charCodeAt(i)] = i - MAX_LEVEL;
  const out = new Float64Array(chars.length);
  for (let i = 0; i < out.length; i++) {
    const c = chars.charCodeAt(i);
    const level = c < 128 ? (levelOf[c] as number) : -128;
    if (level === -128) throw new Error(`${what}: character ${c} at ${i} is not in the alphabet`);
    out[i] = value(level);
  }
  return out;
}

/** A level table's reader: `levels[level + MAX_LEVEL]`; throws unless it has 2 × MAX_LEVEL + 1 finite, increasing values with 0 in the middle. */
export function tableReader(levels: readonly number[], what: string): (level: number) => number {
  const ok =
    Array.isArray(levels) &&
    levels.length === ALPHABET.length &&
    levels[MAX_LEVEL] === 0 &&
    levels.every((v, i) => Number.isFinite(v) && (i === 0 || v > (levels[i - 1] as number)));
  if (!ok) throw new Error(`${what}: ${ALPHABET.length} increasing levels with 0 in the middle expected`);
  return (level) => levels[level + MAX_LEVEL] as number;
}

/** How a file's levels become real weights; throws when the file's format or table is unusable. */
function levelReader(file: WeightsFile): (level: number) => number {
  if (file.format === FORMAT) {
    const scale = file.scale;
    if (!(scale > 0)) throw new Error("weights: scale must be positive");
    return (level) => level / scale;
  }
  if (file.format === TABLE_FORMAT) return tableReader(file.levels, "weights");
  throw new Error(`weights: format ${String((file as { format: unknown }).format)}, expected ${FORMAT} or ${TABLE_FORMAT}`);
}
