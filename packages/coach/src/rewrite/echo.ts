/**
 * The sharer's own words, said back from the replier's side: the clause where they
 * name their feeling ("I'm scared I'm going to burn out" → "you're scared you're going
 * to burn out"), what they hold against the replier ("You talk to your mom about our
 * fights" → "I talk to my mom about our fights"), and a short phrase they quote
 * ("like a bachelor"). A rewrite built from these answers THIS share, not any share.
 * Every reader is a linear scan over a capped prefix; anything that would not read
 * cleanly once flipped returns null, and the rewrite falls back to its plainer lines.
 * Word lists: `lexicon/echo.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import { NOT_GRIEVANCE } from "../lexicon/share-kind.ts";
import { SHARE_SENTENCE_END } from "../lexicon/rewrite.ts";
import {
  ECHO_FEELINGS,
  ECHO_FILLER_END,
  ECHO_INTENSIFIERS,
  ECHO_LEADS,
  ECHO_VERB_LEADS,
  NEWS_OPEN,
  CLIPPED_THING,
  ALWAYS_Q,
  CARE_FOR_REPLIER,
  PERSON_WORD,
  CLAUSE_END,
  EVENT_FRAGMENT,
  EVENT_OPEN,
  FLIP,
  GRIEVANCE_AFTER,
  GRIEVANCE_OPEN,
  ME_AS_MY,
  NOT_A_NAME,
  PERSON,
  SAID_BEFORE,
  SELF_BLAME,
  STOCK_PITFALL,
  SUBJECT_BEFORE,
  SUBJECT_VERBS,
} from "../lexicon/echo.ts";

const MAX = 1000;
/** The longest clause said back, in words: longer ones read as a recitation. */
const MAX_WORDS = 14;

/**
 * The phrase with first and second person swapped.
 *
 * @example
 * flipPerson("I've been on my phone when you try to talk") // "you've been on your phone when I try to talk"
 */
export function flipPerson(phrase: string): string {
  // Words someone said, in quotes, stay theirs: "telling me 'at least you're pregnant'" keeps its "you're".
  const quoted: [number, number][] = [];
  for (const q of phrase.matchAll(/(?:^|[\s(])(['"\u2018\u201c])[^'"\u2019\u201d]*['"\u2019\u201d]/g))
    quoted.push([q.index ?? 0, (q.index ?? 0) + q[0].length]);
  return phrase.replace(PERSON, (w, at: number, whole: string) => {
    if (quoted.some(([a, b]) => at > a && at < b)) return w;
    const lower = w.toLowerCase().replace(/\u2019/g, "'");
    if (lower === "me" && ME_AS_MY.test(whole.slice(at + w.length, at + w.length + 12))) return "your";
    const fixed = FLIP[lower];
    if (fixed !== undefined) return fixed;
    if (lower === "i") return "you";
    // "you" / "u": the subject of its clause becomes "I", an object "me".
    const next = /^\s+([a-z']+)/i.exec(whole.slice(at + w.length, at + w.length + 16))?.[1]?.toLowerCase() ?? "";
    return SUBJECT_BEFORE.test(whole.slice(Math.max(0, at - 12), at)) || SUBJECT_VERBS.has(next) ? "I" : "me";
  });
}

/** Lowercase with one apostrophe, same length as the text. */
function normOf(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

function tidyTail(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 4; i++) {
    const before = out;
    out = out.replace(ECHO_FILLER_END, "").trim();
    if (out === before) break;
  }
  return out;
}

/** A clause that reads cleanly when said back: letters, digits and plain punctuation only, and no stock pitfall phrase someone else said. */
function sayable(clause: string): boolean {
  const words = clause.split(/\s+/);
  return (
    words.length >= 2 && words.length <= MAX_WORDS && /^[\p{L}\p{N}' ,£$€%&-]+$/u.test(clause) && !/["\u201c\u201d]/.test(clause) && !STOCK_PITFALL.test(clause)
  );
}

/** A share that opens on the feeling itself ("so nervous for my first lecture…"). */
const OPENS_ON_FEELING = new RegExp(`^\\s*(?:(?:${ECHO_INTENSIFIERS})\\s+)+(?:${ECHO_FEELINGS})\\b`);

/** A clause too long to say back is cut at its first "and" ("…on Mom one day and say something…"). */
function shorten(clause: string): string {
  if (clause.split(/\s+/).length <= MAX_WORDS) return clause;
  const cut = clause.search(/\s(?:and|when|if|after|before|while)\s/i);
  return cut > 0 ? tidyTail(clause.slice(0, cut)) : clause;
}

const FEELING_CLAUSE = new RegExp(
  `(?:^|[.!?,;\\n]\\s*|\\b(?:and|but|so|now|just|honestly|still)\\s+)((?:${ECHO_LEADS})\\s+(?:(?:${ECHO_INTENSIFIERS})\\s+)*(?:${ECHO_FEELINGS})\\b|${ECHO_VERB_LEADS})`,
  "g",
);

/**
 * The clause where the sharer names their own (heavy) feeling, from the replier's
 * side, or null: "I'm so nervous for my first lecture" → "you're so nervous for your first lecture".
 *
 * @example
 * feelingClause("Honestly, I'm scared I'm going to lose it on Mom one day.") // "you're scared you're going to lose it on Mom one day"
 */
export function feelingClause(share: string): string | null {
  let text = share.slice(0, MAX);
  // "so nervous for my first lecture i could cry": a share may open on the feeling itself.
  if (OPENS_ON_FEELING.test(normOf(text))) text = `I'm ${text.trimStart().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
  const norm = normOf(text);
  FEELING_CLAUSE.lastIndex = 0;
  for (let m = FEELING_CLAUSE.exec(norm); m !== null; m = FEELING_CLAUSE.exec(norm)) {
    const from = m.index + m[0].length - (m[1] ?? "").length;
    const rest = norm.slice(m.index + m[0].length);
    const stop = CLAUSE_END.exec(rest);
    const end = m.index + m[0].length + (stop === null ? rest.length : stop.index);
    const clause = shorten(tidyTail(text.slice(from, end).replace(/\s+/g, " ")));
    // "not worried" is not their feeling; a clause that trails into a question is not said back.
    if (/\b(?:not|never|no longer)\s*$/.test(norm.slice(Math.max(0, from - 8), from))) continue;
    if (!sayable(clause)) continue;
    // A texted clause with no "I" ("don't know whether to laugh or cry") gets its subject back.
    return flipPerson(clause.replace(/^(don'?t|can'?t)\b/i, "I $1"))
      .replace(/^feeling\b/i, "you're feeling")
      .replace(/^(you(?:'re| are| feel| felt| were)) just\b/i, "$1")
      .replace(/^\w/, (c) => c.toLowerCase());
  }
  return null;
}

/**
 * What the share holds against the replier, said as the replier owns it, or null:
 * "You talk to your mom about our fights." → "I talk to my mom about our fights".
 *
 * @example
 * grievanceClause("you told your mam about the engagement chat before me??") // "I told my mam about the engagement chat before you"
 */
export function grievanceClause(share: string): string | null {
  const text = share.slice(0, MAX);
  const norm = normOf(text);
  // Sentence by sentence, the first that opens on "you…" or says "I'm hurt that you…".
  // Concern or thanks for the replier ("I'm worried about you. You've been quiet…") is no grievance.
  if (NOT_GRIEVANCE.test(norm) || CARE_FOR_REPLIER.test(norm)) return null;
  const sentences = norm.split(SHARE_SENTENCE_END).slice(0, 2);
  let offset = 0;
  for (const s of sentences) {
    const at = norm.indexOf(s, offset);
    // Only the share's opening sentence, or the second after a bare address ("Jesus, Hel, you gave me a fright.").
    offset = at + s.length;
    let from = -1;
    let prefix = "";
    const always = ALWAYS_Q.exec(s);
    if (always !== null) {
      from = at + always[0].length;
      prefix = `you ${always[1] ?? ""}`;
    } else if (GRIEVANCE_OPEN.test(s) && !/^(?:[a-z]+,\s*)?you'?re (?:doing|so|such|always so|the best|amazing)\b/.test(s)) {
      from = at + s.search(/\b(?:you|u)\b/);
    } else {
      const m = GRIEVANCE_AFTER.exec(s);
      if (m !== null && m[1] !== undefined) from = at + s.indexOf(m[1], m.index);
    }
    if (from < 0) continue;
    const rest = norm.slice(from);
    const stop = /[.!?;:\n\u2014\u2013(]|,\s|\s-\s|\s(?:and it|and i|but|because|cos|so i|lol|tbh)\b/.exec(rest);
    const clause = tidyTail(prefix + text.slice(from, from + (stop === null ? rest.length : stop.index)).replace(/\s+/g, " "));
    if (!sayable(clause) || /\?/.test(clause)) continue;
    return flipPerson(clause).replace(/^me\b/, "I");
  }
  return null;
}

const QUOTED = /(?:^|[\s(])["\u201c\u2018']([^"\u201c\u201d\u2018\u2019'\n]{2,48})["\u201d\u2019'](?=[\s.,!?;:)]|$)/;

/**
 * A short phrase the share quotes (what someone said), or null: "'like a bachelor'" → "like a bachelor".
 *
 * @example
 * quotedPhrase("Your mom told me I load the dishwasher 'like a bachelor.' In front of Tyler.") // "like a bachelor"
 */
export function quotedPhrase(share: string): string | null {
  const text = share.slice(0, MAX);
  const m = QUOTED.exec(text);
  const q = m?.[1]?.trim().replace(/[.,!?]+$/, "");
  if (q === undefined || m === null) return null;
  // Only what someone said to or about them ("told me I load the dishwasher 'like a bachelor'"), not scare quotes.
  if (!SAID_BEFORE.test(normOf(text.slice(Math.max(0, m.index - 44), m.index + 1)))) return null;
  const words = q.split(/\s+/).length;
  // Someone's words about the sharer in the first or second person ("up myself") do not read back cleanly.
  return words >= 1 && words <= 6 && /^[\p{L}' -]+$/u.test(q) && !PERSON_WORD.test(q) ? q : null;
}

/**
 * The share's event (its first sentence told as something that happened), from the
 * replier's side, or null: "My manager made me stay back 45 min again" → "your manager
 * made you stay back 45 min again".
 *
 * @example
 * eventClause("got shouted at by a consultant in front of the whole ward round. i'm humiliated") // "you got shouted at by a consultant in front of the whole ward round"
 */
export function eventClause(share: string): string | null {
  const text = share.slice(0, MAX);
  const norm = normOf(text);
  const sentences = norm.split(SHARE_SENTENCE_END);
  let offset = 0;
  // Only the opening sentence is the event: a later one is often a detail out of context ("Your mom cried.").
  for (const s of sentences.slice(0, 1)) {
    const at = norm.indexOf(s, offset);
    offset = at + s.length;
    const body = s.replace(/[.!\s]+$/, "");
    if (body.includes("?") || /["\u201c\u201d]/.test(body)) continue;
    let clause = unshouted(
      text
        .slice(at, at + body.length)
        .replace(/\s+/g, " ")
        .trim(),
    );
    if (EVENT_FRAGMENT.test(body)) {
      // Only the share's first sentence is told without a subject ("Didn't even say thanks." later is not the event).
      if (at > 0) continue;
      clause = `${/^been\b/i.test(clause) ? "I've" : "I"} ${clause[0]?.toLowerCase() ?? ""}${clause.slice(1)}`;
    } else {
      const opened = /^(?:My|Your|Our|Ur|The|One|Someone|Somebody|I|We)\b/.test(clause)
        ? `${clause[0]?.toLowerCase() ?? ""}${clause.slice(1)}`.replace(/^i\b/, "I")
        : clause;
      if (NOT_A_NAME.test(opened) || !EVENT_OPEN.test(opened.replace(/^I\b/, "i"))) continue;
      clause = opened;
    }
    clause = tidyTail(clause.split(/,\s| - | \u2014 /)[0] ?? clause);
    const cut = /\s(?:and|but|so|because|cos|which|while|when|after)\s/i.exec(clause);
    if (cut !== null && cut.index > 12) clause = tidyTail(clause.slice(0, cut.index));
    if (!sayable(clause) || clause.split(/\s+/).length < 3 || SELF_BLAME.test(clause)) continue;
    // A common noun opening a clipped share ("Bank said no", "Knee's gone again") is not a name: "the bank", "your knee".
    // Coach 9.2: and not a capital mid-sentence ("Oh no, App crashed in the lunch rush." → "the app crashed…").
    const named = clause
      .replace(CLIPPED_THING, (w) => `the ${w.toLowerCase()}`)
      .replace(/^(Knee|Back|Leg|Arm|Head|Hip|Shoulder)\b/, (w) => `my ${w.toLowerCase()}`);
    const flipped = flipPerson(named).replace(/^(?:My|Your|Our|His|Her|He|She|They|We)\b/, (w) => w.toLowerCase());
    return flipped.replace(/^me\b/, "you");
  }
  return null;
}

/**
 * The share's good news (its opening clause), from the replier's side, or null:
 * "got the job at the nursery!!!!! starting jan!!!" → "you got the job at the nursery".
 *
 * @example
 * newsClause("Passed my test!!!! 4th time!!!") // "you passed your test"
 */
export function newsClause(share: string): string | null {
  const first = share.slice(0, 300).split(/[.!?\n]/)[0] ?? "";
  let clause = unshouted(tidyTail(first.split(/,\s| - | \u2014 /)[0] ?? first))
    .replace(/\s+/g, " ")
    .trim();
  const cut = /\s(?:and|but|so|because|cos|which|while|when|after|before)\s/i.exec(clause);
  if (cut !== null) clause = tidyTail(clause.slice(0, cut.index));
  const low = normOf(clause);
  // "our first place" is news of both of them: "you got the keys to our first place" would not read.
  if (!NEWS_OPEN.test(low) || !sayable(clause) || clause.split(/\s+/).length > 9 || /\b(?:not|no|didn'?t|never|our|we|us)\b/.test(low)) return null;
  const said = /^(?:i|we)\b/i.test(clause) ? clause : `${/^been\b/i.test(clause) ? "I've" : "I"} ${clause[0]?.toLowerCase() ?? ""}${clause.slice(1)}`;
  return flipPerson(said.replace(/^(?:I|i|We|we)\b/, (w) => (w.toLowerCase() === "i" ? "I" : "we"))).replace(/^me\b/, "you");
}

/**
 * A clause written in capitals ("GOT THE SISTER POST") in ordinary case, so that saying it
 * back does not lower one letter of a shout ("you gOT THE SISTER POST").
 *
 * @example
 * unshouted("GOT THE SISTER POST") // "got the sister post"
 * unshouted("PASSED the English test") // "passed the English test"
 */
export function unshouted(clause: string): string {
  if (!/\p{Lu}{2}/u.test(clause)) return clause;
  if (!/\p{Ll}/u.test(clause)) return clause.toLowerCase();
  // One shouted word opening a clause ("PASSED the English test") is lowered whole, not by its first letter ("pASSED").
  return clause.replace(/^\p{Lu}{2,}(?![\p{L}'])/u, (w) => (w.length > 3 ? w.toLowerCase() : w));
}
