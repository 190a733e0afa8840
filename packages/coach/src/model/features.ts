/**
 * Stage 5a: the features the learned reply and share models read. Used by the training
 * script and at runtime, so the shipped weights always meet the features they were
 * fitted on. Every feature is a short string; the model keeps a weight only for those
 * that mattered in training (`scripts/train-coach.ts`).
 *
 * Reply features, per sentence (so a label the rules missed can still be pinned to the
 * sentence that carries it):
 * - words and word pairs (a word in a negation scope gets `not_`), as the emotion model;
 * - sentence shape: its first word and first two words (`^`), the same again when it is
 *   a question (`?^`), whether it starts with "you" or "I";
 * - word-ending fragments (`~`, the last four letters of longer words), so "gutted",
 *   "gutting" or a typo meet;
 * - today's rule cues (`@fixing`, `@fixing:imperative`): what the hand-written patterns
 *   found, as evidence, not as the verdict;
 * - the share's context (`%asks`, `%good`, `%hard`, `%complaint`, `%surface`) alone and
 *   crossed with each rule cue and each question opening, because "sorry" after a
 *   complaint or a suggestion after "what should I do?" mean something else.
 */
import { markNegation, tokenize, BREAK } from "../text/tokenize.ts";
import type { RawFinding } from "../rules/scan.ts";
import type { ShareReading } from "../share.ts";
import type { Span } from "../text/segment.ts";

/** The share's context flags, as feature names. */
export function contextFlags(share: ShareReading): string[] {
  const out: string[] = [];
  if (share.asksAdvice) out.push("%asks");
  if (share.goodNews) out.push("%good");
  if (share.hardNews) out.push("%hard");
  if (share.complaint) out.push("%complaint");
  if (share.depth === "surface") out.push("%surface");
  return out;
}

/** Words, word pairs and word endings of one stretch of text. */
export function wordFeatures(text: string, out: Set<string>, shape: boolean): void {
  const tokens = tokenize(text);
  const negated = markNegation(tokens);
  let prev = "";
  let first = "";
  let second = "";
  let question = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (t === "?") question = true;
    if (t === BREAK) {
      prev = "";
      continue;
    }
    if (first === "") first = t;
    else if (second === "" && t !== "!" && t !== "?") second = t;
    const f = negated[i] === true ? `not_${t}` : t;
    out.add(f);
    if (prev !== "") out.add(`${prev} ${f}`);
    if (t.length >= 6) out.add(`~${t.slice(-4)}`);
    prev = f;
  }
  if (!shape || first === "") return;
  out.add(`^${first}`);
  if (second !== "") out.add(`^${first} ${second}`);
  if (question) {
    out.add(`?^${first}`);
    if (second !== "") out.add(`?^${first} ${second}`);
    out.add("#question");
  }
  if (first === "you" || first === "u" || first === "your" || first === "ur") out.add("#you-start");
  if (first === "i" || first === "i'm" || first === "im" || first === "my" || first === "me") out.add("#i-start");
}

/** The reply's features: all of them, and those of each sentence. */
export interface ReplyFeatures {
  all: string[];
  bySentence: string[][];
}

/**
 * Features of a reply given the rule findings and the share's reading.
 *
 * @example
 * replyFeatures("You should rest.", [{ start: 0, end: 16 }], [fixing finding], reading, [])
 * // { all: ["you", "you should", "~ould", "^you", "@fixing", "%surface", …], bySentence: [[…]] }
 */
export function replyFeatures(
  text: string,
  sentences: readonly Span[],
  rules: readonly RawFinding[],
  share: ShareReading,
  notes: readonly string[],
): ReplyFeatures {
  const flags = contextFlags(share);
  const all = new Set<string>(flags);
  if (notes.length > 0) all.add("%notes");
  const cues: RawFinding[][] = sentences.map(() => []);
  for (const f of rules) cues[f.sentence]?.push(f);
  const bySentence = sentences.map((span, si) => {
    const own = new Set<string>();
    wordFeatures(text.slice(span.start, span.end), own, true);
    for (const f of cues[si] ?? []) {
      own.add(`@${f.id}`);
      if (f.tag !== undefined) own.add(`@${f.id}:${f.tag}`);
    }
    for (const flag of flags) {
      for (const f of [...own]) if (f.startsWith("@") || f.startsWith("?^")) own.add(`${flag}&${f}`);
    }
    for (const f of own) all.add(f);
    return [...own];
  });
  const n = sentences.length;
  all.add(n <= 1 ? "#one-sentence" : n <= 3 ? "#few-sentences" : "#many-sentences");
  return { all: [...all], bySentence };
}

/** Features of a share for the share model: its words, the emotion model's verdicts and the share rules. */
export function shareFeatures(share: string, reading: ShareReading, scores: Readonly<Record<string, number>>): string[] {
  const out = new Set<string>(contextFlags(reading));
  wordFeatures(share, out, false);
  for (const [emotion, score] of Object.entries(scores)) {
    // The GoEmotions model's score in three bands: the share model learns how far to trust it.
    out.add(`@${emotion}:${score >= 0.5 ? "hi" : score >= 0.25 ? "mid" : "lo"}`);
  }
  for (const w of reading.feelingWords) out.add(`@word:${w}`);
  for (const w of reading.ownFeelingWords) out.add(`@own:${w}`);
  if (reading.depth === "inner") out.add("@inner");
  if (reading.asksAdvice) out.add("@asks");
  return [...out];
}
