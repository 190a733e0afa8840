/**
 * The compact format of `weights.json`, written by `scripts/train-emotions.ts` and read
 * at runtime. Shared by both so the shipped file can only be read the way it was written.
 *
 * Why this shape: the file ships in the browser bundle, so it is small raw and small
 * gzipped. Feature names are one sorted string (gzip shares their prefixes); weights are
 * quantised to 91 levels and stored one printable character each, so every weight is one
 * byte that needs no escaping in JSON and gzip can entropy-code the many zeros.
 */

/** The shipped file. */
export interface WeightsFile {
  about: string;
  /** bump when the layout changes; readers refuse other versions */
  format: 2;
  /** the core emotion of each output, in output order */
  outputs: string[];
  /** real weight = level / scale */
  scale: number;
  /** per output, the emotion's threshold folded in: a score ≥ 0.5 means detected */
  bias: number[];
  /** the features, sorted, joined by {@link FEATURE_SEPARATOR} */
  features: string;
  /** features × outputs characters of {@link ALPHABET}, row-major (feature, then output) */
  weights: string;
}

export const FORMAT = 2;

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
  if (file.format !== FORMAT) throw new Error(`weights: format ${String(file.format)}, expected ${FORMAT}`);
  const T = file.outputs.length;
  if (T === 0 || file.bias.length !== T) throw new Error("weights: one bias per output expected");
  if (!(file.scale > 0)) throw new Error("weights: scale must be positive");
  const names = file.features === "" ? [] : file.features.split(FEATURE_SEPARATOR);
  if (file.weights.length !== names.length * T) {
    throw new Error(`weights: ${file.weights.length} weights for ${names.length} features × ${T} outputs`);
  }
  const rows = new Map(names.map((name, i) => [name, i]));
  if (rows.size !== names.length) throw new Error("weights: duplicate feature");
  const levelOf = new Int8Array(128).fill(-128);
  for (let i = 0; i < ALPHABET.length; i++) levelOf[ALPHABET.charCodeAt(i)] = i - MAX_LEVEL;
  const weights = new Float64Array(file.weights.length);
  for (let i = 0; i < weights.length; i++) {
    const c = file.weights.charCodeAt(i);
    const level = c < 128 ? (levelOf[c] as number) : -128;
    if (level === -128) throw new Error(`weights: character ${c} at ${i} is not in the alphabet`);
    weights[i] = level / file.scale;
  }
  return { outputs: file.outputs, bias: Float64Array.from(file.bias), rows, weights };
}
