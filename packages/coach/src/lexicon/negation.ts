/**
 * Negation, once for the whole coach: which words negate, how far back a negator reaches,
 * what closes its scope and where a negator denies nothing. Read by the one text module
 * (`text/tokenize.ts`), which the emotion detector, the learned models' features and the
 * reply rules' scope check (`text/scope.ts`) all go through.
 *
 * Until coach 9 the emotion tokenizer and the rules had a list each. Merged (coach 9.0.0):
 * - "cannot", "nor", "neither", "hadnt" (only the tokenizer's) negate a clause like "not":
 *   the rules now also read "I cannot tell you to calm down" as denied.
 * - "nobody", "nothing" (only the rules') negate what follows them ("nothing to be sad
 *   about", "nobody blames you"), so the emotion features read them too. Their usual
 *   domain sense "nothing wrong with crying" negates "wrong", not the crying: see
 *   {@link NEGATES_NEXT_ONLY}.
 * - "without" (only the tokenizer's) is left out: it governs the noun after it, not the
 *   clause ("without you I'm lost" would deny "lost"), and "not without reason" is a double
 *   negation that a scope marker cannot read.
 */

/** How many words before a phrase a negator still governs it ("not really that hard", "not feeling very angry"). */
export const NEGATION_WINDOW = 3;

/** Words that negate (besides any word ending in "n't"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "cannot", "nor", "neither", "nobody", "nothing", "hardly", "barely",
  "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent",
  "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "hadnt", "aint",
]);

/** Words that close a negation scope early ("not great but I'm happy"). */
export const SCOPE_ENDERS: ReadonlySet<string> = new Set(["but", "however", "although", "though", "yet"]);

/**
 * After a negator, these words take the negation and close it: "nothing wrong with crying",
 * "it's not wrong to cry" deny the wrongness and affirm the crying.
 */
export const NEGATES_NEXT_ONLY: ReadonlySet<string> = new Set(["wrong"]);

/** "no wonder", "no doubt", "no matter": "no" before these denies nothing. */
export const NOT_DENIAL_AFTER_NO: ReadonlySet<string> = new Set(["wonder", "doubt", "matter", "need", "shame"]);

/** "oh no", "uh no": an exclamation, not a denial. */
export const EXCLAMATION_BEFORE_NO: ReadonlySet<string> = new Set(["oh", "uh", "ah"]);

/**
 * "can't stop crying", "couldn't help feeling guilty", "can't wait", "can't imagine", "can't
 * believe", "don't blame": a negator before these denies nothing.
 */
export const NOT_DENIAL_VERBS: ReadonlySet<string> = new Set(["imagine", "believe", "blame", "stop", "help", "wait"]);
