// A light suffix stemmer for English as couples write it, small enough for the browser
// bundle. It only has to make word forms meet ("apologising", "apology"; "worried",
// "worrying"), not to produce real words, and it is the same at index and query time.

// Longest first, so "ations" wins over "s". Each pass strips one suffix.
const SUFFIXES = [
  "ations",
  "liness",
  "iness",
  "ation",
  "ments",
  "nesses",
  "ities",
  "ising",
  "izing",
  "ating",
  "ment",
  "ness",
  "ings",
  "ance",
  "ence",
  "ised",
  "ized",
  "ises",
  "izes",
  "ated",
  "ates",
  "ying",
  "ful",
  "ity",
  "ing",
  "ise",
  "ize",
  "ate",
  "ies",
  "ied",
  "ed",
  "es",
  "ly",
  "s",
  "y",
  "e",
  "i",
];

// The stem must keep at least this many letters, so short words ("sad", "kid", "yes") survive.
const MIN_STEM = 3;

const DOUBLED = /([b-df-hj-km-np-rtv-y])\1$/;

function stripOnce(word: string, pass: number): string {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    // "early" is not "ear": -ly needs a longer stem ("kindly" -> "kind", "lonely" -> "lone").
    if (suffix === "ly" && word.length - 2 < 4) continue;
    // A plural s comes last in a word, so only the first pass may take it ("close" is not "clo").
    if (suffix === "s" && pass > 0) continue;
    // "jealous", "stress", "this": a final s after u, s or i is part of the word.
    if (suffix === "s" && /[usi]s$/.test(word)) continue;
    const stem = word.slice(0, -suffix.length);
    // "snapped" -> "snap", "hugging" -> "hug"; not "ll" or "ss", which words end with.
    return (suffix === "ed" || suffix === "ing") && DOUBLED.test(stem) ? stem.slice(0, -1) : stem;
  }
  return word;
}

/**
 * The stem of a lower-case word: up to three suffixes off, never shorter than three letters.
 *
 * @example
 * stem("apologising") === stem("apology"); // "apolog"
 */
export function stem(word: string): string {
  let current = word;
  for (let pass = 0; pass < 3; pass++) {
    const next = stripOnce(current, pass);
    if (next === current) break;
    current = next;
  }
  return current;
}
