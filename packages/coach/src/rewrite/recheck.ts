/**
 * Coach v7.2: the rewrite read again, as a reply to the same share. A sentence kept word
 * for word from the replier that the coach still reads a pitfall in ("It is not so bad in
 * money at least", "Babe it was banter") goes: the w11 judges' main reason for a 0 was a
 * hurtful sentence kept after a kinder start. Lines of ours are never dropped here, and a
 * rewrite that would be left with nothing but an opener stays as composed.
 * Word lists: `lexicon/rewrite.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import { models } from "../model/model.ts";
import { readWithRules, type RuleReading } from "../model/pipeline.ts";
import { decideReply } from "../model/reply-model.ts";
import type { RawFinding } from "../rules/index.ts";
import type { ShareReading } from "../share.ts";
import { wordCount } from "./clean.ts";
import { MEETING_MOVES } from "./moves.ts";
import { UPLIFT } from "../lexicon/rewrite.ts";

/** The findings a reply gets, as `analyze` decides them (the model when it is in use, else the rules). */
function pitfallsOf(ruled: RuleReading, learned: boolean): readonly RawFinding[] {
  return learned ? decideReply(models().reply, ruled.prepared, ruled.rules, ruled.features) : ruled.rules;
}

/** Lowercase, one apostrophe, one space, no end punctuation: for "is this sentence theirs?". */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[.!?,\s]+$/, "")
    .trim();
}

/** The rechecked rewrite, and whether a sentence left in it meets the sharer (a kind move read in it). */
export interface Rechecked {
  text: string;
  meets: boolean;
}

/** The rewrite without the replier's own sentences that still carry a pitfall. */
export function withoutKeptPitfalls(rewrite: string, reply: string, reading: ShareReading, share: string, learned: boolean): Rechecked {
  const ruled = readWithRules(share, reading, rewrite, []);
  const found = pitfallsOf(ruled, learned);
  // A sentence the coach also reads a kind move in ("How are you doing with it?") stays unless a rule itself flags it.
  const ruledOut = new Set(ruled.rules.filter((f) => f.kind === "pitfall").map((f) => f.sentence));
  const kind = new Set(found.filter((f) => f.kind === "move").map((f) => f.sentence));
  const flagged = new Set(found.filter((f) => f.kind === "pitfall" && (ruledOut.has(f.sentence) || !kind.has(f.sentence))).map((f) => f.sentence));
  const own = plain(reply);
  const { text, sentences } = ruled.prepared;
  // Each sentence once: its text and whether the replier wrote it word for word.
  const parts = sentences.map((span) => {
    const sentence = text.slice(span.start, span.end).trim();
    const p = plain(sentence);
    return { sentence, inReply: own.includes(p), theirs: p !== "" && own.includes(p) };
  });
  // Each sentence of theirs is also read alone: "It is not so bad in money at least" hides behind an "I'm sorry" before it.
  parts.forEach(({ sentence, inReply }, si) => {
    if (flagged.has(si) || parts.length === 1 || !inReply || kind.has(si)) return;
    if (pitfallsOf(readWithRules(share, reading, sentence, []), learned).some((f) => f.kind === "pitfall")) flagged.add(si);
  });
  // Coach 9.2: their praise of the sharer ("You're the smartest person I know") is flagged only by a rule, never by the model alone.
  parts.forEach(({ sentence, theirs }, si) => {
    if (theirs && !ruledOut.has(si) && UPLIFT.test(plain(sentence))) flagged.delete(si);
  });
  const meeting = new Set(found.filter((f) => f.kind === "move" && MEETING_MOVES.has(f.id)).map((f) => f.sentence));
  // A flagged sentence of theirs goes; an opener ("Oh no.") is never the pitfall itself, whatever sentence the model pins a label on.
  const goes = parts.map(({ sentence, theirs }, si) => flagged.has(si) && theirs && wordCount(sentence) > 2);
  const meets = parts.some((_, si) => !goes[si] && meeting.has(si));
  if (flagged.size === 0) return { text: rewrite, meets };
  const left = parts
    .filter(({ sentence }, si) => !goes[si] && sentence !== "")
    .map(({ sentence }) => sentence)
    .join(" ")
    .trim();
  // Only an opener or one word left ("Oh babe."): the composed rewrite stands, but it holds a pitfall still, so it meets nothing.
  if (!goes.some(Boolean) || wordCount(left) <= 2) return { text: rewrite, meets: false };
  return { text: left, meets };
}
