/**
 * Words the text stage (`text/`) needs: data only, written by this project. Negation has
 * its own file (`negation.ts`).
 */

/** A "." after these is part of the word, not a sentence end ("Dr. Okafor", "e.g. this"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "approx"]);
