/**
 * Negation, once for the whole coach: how far back a negator reaches and which words
 * negate. Read by the emotion tokenizer (`emotions/tokenize.ts`, `emotions/lexicon.ts`)
 * and by the reply rules' scope check (`text/scope.ts`).
 *
 * The two word lists below still differ by a few words ("cannot", "nor", "neither",
 * "without", "hadnt" only in the tokenizer; "nobody", "nothing" only in the rules).
 * Merging them changes the emotion model's features, so it waits for the next
 * retraining of the GoEmotions detector (issue 13); until then each is named for its
 * reader and both live here.
 */

/** How many words before a phrase a negator still governs it ("not really that hard", "not feeling very angry"). */
export const NEGATION_WINDOW = 3;

/** Negators of the emotion tokenizer (besides any word ending in "n't"); its shipped weights were fitted with these. */
export const TOKEN_NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "cannot", "nor", "neither", "without", "hardly", "barely",
  "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent",
  "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "hadnt", "aint",
]);

/** Negators of the reply rules' scope check (besides any word ending in "n't"). */
export const SCOPE_NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nobody", "nothing", "hardly", "barely",
  "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent",
  "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "aint",
]);

/** Words that close a negation scope early ("not great but I'm happy"). */
export const SCOPE_ENDERS: ReadonlySet<string> = new Set(["but", "however", "although", "though", "yet"]);

/** "can't stop crying", "couldn't help feeling guilty", "can't wait": a negator before these denies nothing. */
export const NEGATION_BREAKERS: ReadonlySet<string> = new Set(["stop", "help", "wait"]);

/** "no wonder", "no doubt", "no matter": "no" before these denies nothing. */
export const NOT_DENIAL_AFTER_NO: ReadonlySet<string> = new Set(["wonder", "doubt", "matter", "need", "shame"]);
/** "can't imagine", "can't believe", "don't blame": a negator before these denies nothing. */
export const NOT_DENIAL_VERBS: ReadonlySet<string> = new Set(["imagine", "believe", "blame", "stop", "help", "wait"]);
