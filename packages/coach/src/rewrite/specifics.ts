/**
 * The share's specifics the rewrite can speak to, turned to the second person: who was
 * involved ("your boss"), where it happened ("in front of the whole team"), what it was
 * about ("the interview"), and the feelings the sharer named, in their order. Linear
 * scans over a capped prefix; nothing here can backtrack badly.
 * Word lists: `lexicon/rewrite-specifics.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import { FEELING_AS_ADJECTIVE } from "../lexicon/messages.ts";
import { EXTRA_FEELINGS } from "../lexicon/rewrite-phrases.ts";
import { HAPPY_TEARS } from "../lexicon/rewrite.ts";
import {
  AFTER_SELF,
  ALONE,
  DENIED,
  FEEL_LOVED,
  LOOKED,
  OF_ONESELF,
  OWN_BEFORE_POSSESSIVE,
  SOMEONE_ELSE,
  SWAP,
  THING,
  WHERE,
  WHO,
} from "../lexicon/rewrite-specifics.ts";
import type { ShareReading } from "../share.ts";
import { eventClause, feelingClause, grievanceClause, newsClause, quotedPhrase } from "./echo.ts";

export interface Specifics {
  who: string | null;
  where: string | null;
  thing: string | null;
  /** up to two feeling words, in the order the share gives them */
  feelings: string[];
  /** their own feeling clause from the replier's side ("you're scared you're going to burn out"), see `echo.ts` */
  echo: string | null;
  /** what they hold against the replier, owned ("I talk to my mom about our fights") */
  grievance: string | null;
  /** a short phrase the share quotes ("like a bachelor") */
  quote: string | null;
  /** what happened, from the replier's side ("your manager made you stay back 45 min again") */
  event: string | null;
  /** their good news from the replier's side ("you got the job at the nursery") */
  news: string | null;
}

const MAX = 1000;

/** The sharer's words as the replier says them back: "my boss" → "your boss", "your papa" → "my papa". */
export function yourify(phrase: string): string {
  return phrase
    .replace(/\b(?:my|your|me|i|you|mine|yours)\b/gi, (w) => SWAP[w.toLowerCase()] ?? w)
    .replace(/\s+/g, " ")
    .trim();
}

export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Compiled once: every common feeling word, longest first so "scared stiff" wins over "scared". */
const EXTRA = new RegExp(
  `\\b(?:${[...EXTRA_FEELINGS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\b`,
  "g",
);

function isWordAt(norm: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(norm[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(norm[at + length] ?? " ");
}

/** The feelings a share names, in order: the detector's words, the rules' words and common texting ones. */
function namedFeelings(norm: string, reading: ShareReading): string[] {
  const found: { word: string; at: number }[] = [];
  for (const w of [...reading.feelingWords, ...reading.ownFeelingWords]) {
    const at = norm.indexOf(w);
    if (at >= 0 && isWordAt(norm, at, w.length)) found.push({ word: w, at });
  }
  EXTRA.lastIndex = 0;
  for (let m = EXTRA.exec(norm); m !== null; m = EXTRA.exec(norm)) {
    // A common word is a feeling only said of oneself: "I'm so lost", not "biscuit's lost weight".
    const from = Math.max(0, m.index - 30);
    // A NUL marks a cut-off window so "^" means the share's start only.
    const before = `${from === 0 ? "" : "\u0000"}${norm.slice(from, m.index)}`;
    // Opening a sentence, a word is a feeling only when it stands alone ("gutted tbh", "terrified"), not "lost my bank card".
    const opens = !AFTER_SELF.test(before);
    if (OF_ONESELF.test(before) && (!opens || ALONE.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))))
      found.push({ word: m[0], at: m.index });
  }
  found.sort((a, b) => a.at - b.at || b.word.length - a.word.length);
  const out: string[] = [];
  for (const f of found) {
    // "not worried", "never nervous": a denied feeling is not theirs
    if (DENIED.test(norm.slice(Math.max(0, f.at - 20), f.at))) continue;
    // "Callum's been excluded", "he's over the moon": someone else's feeling, not the sharer's (coach v7).
    if (SOMEONE_ELSE.test(norm.slice(Math.max(0, f.at - 24), f.at))) continue;
    // Coach 8.3: "my dahlias looked tired" is the flowers' look, and "the consultant humiliated me" is what
    // someone did to them ("it gutted me" is still theirs): neither is said back as "of course you're tired / humiliated" (read as agreeing it is so).
    if (
      LOOKED.test(norm.slice(Math.max(0, f.at - 30), f.at)) ||
      (/^\s+(?:me|us)\b/.test(norm.slice(f.at + f.word.length, f.at + f.word.length + 4)) &&
        !/\b(?:it|that|this)\s+$/.test(norm.slice(Math.max(0, f.at - 6), f.at)))
    )
      continue;
    const after = norm.slice(f.at + f.word.length, f.at + f.word.length + 5);
    if (/^\s+(?:my|our)\b/.test(after) && !OWN_BEFORE_POSSESSIVE.test(norm.slice(Math.max(0, f.at - 16), f.at))) continue;
    if (out.some((o) => o.includes(f.word) || f.word.includes(o))) continue;
    // A second feeling is named only when the share joins the two ("excited and gutted"),
    // not one said of something else later on ("the flat i was excited about").
    const first = found.find((g) => g.word === out[0]);
    if (
      first !== undefined &&
      !/^[\s,]*(?:and|&|but|yet|but also|and so|so|but still)?[\s,]*(?:(?:so|really|a bit|bit|very|totally|also|still|kind of|kinda)\s+)*$/.test(
        norm.slice(first.at + first.word.length, f.at),
      )
    )
      break;
    out.push(f.word);
    if (out.length === 2) break;
  }
  return out;
}

/**
 * Reads the share's specifics.
 *
 * @example
 * specificsOf("My boss tore into my slides in front of the whole team. I felt humiliated.", reading)
 * // { who: "your boss", where: "in front of the whole team", thing: "your slides", feelings: ["humiliated"] }
 */
export function specificsOf(share: string, reading: ShareReading): Specifics {
  const text = share.slice(0, MAX);
  const norm = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const who = WHO.exec(norm);
  const where = WHERE.exec(norm);
  const thing = THING.exec(norm);
  const whereText = where?.[1]?.trim() ?? "";
  return {
    who: who?.[1] !== undefined ? `your ${who[1]}` : null,
    where: whereText.split(/\s+/).length >= 3 && whereText.split(/\s+/).length <= 8 ? yourify(whereText) : null,
    thing:
      thing !== null
        ? yourify(thing[0])
            .replace(/^(?:this|that) /, "the ")
            .replace(/^(?:tomorrow|today)'?s /, "the ")
        : null,
    // "crying", "grief": said back as a feeling that reads after "you feel" ("upset", "grief-stricken")
    // a verb form ("dreading", "panicking") does not read after "you feel": dropped unless mapped
    // A feeling word inside quotation marks is someone else's ("stale and sad"), not theirs.
    feelings: [
      ...new Set(
        namedFeelings(
          norm.replace(/["\u201c][^"\u201c\u201d]{0,60}["\u201d]/g, (q) => " ".repeat(q.length)),
          reading,
        ).map((f) => FEELING_AS_ADJECTIVE[f] ?? f),
      ),
    ]
      .filter((f) => !/ing$/.test(f) || f === "exciting")
      // Coach 9.2: tears beside a glad word are happy tears ("came out perfect… I'm crying a little"), not upset.
      .filter((f) => !(f === "upset" && HAPPY_TEARS.test(norm) && !/\bupset\b/.test(norm)))
      // "i love her but i want to run away" names love for someone, not feeling loved (coach v7.1).
      .filter((f) => f !== "loved" || FEEL_LOVED.test(norm)),
    echo: feelingClause(share),
    // "You and the new barista run it" said back is "I and the new barista…": not said back at all.
    grievance: ((g) => (g !== null && /^I and\b/.test(g) ? null : g))(grievanceClause(share)),
    quote: quotedPhrase(share),
    event: eventClause(share),
    news: newsClause(share),
  };
}
