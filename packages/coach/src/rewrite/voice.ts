/**
 * The replier's register, kept in the rewrite (coach v7). Blind judges mark down a
 * rewrite that speaks differently from the person who wrote the reply: a lowercase
 * texter whose words come back capitalised, or a line of ours in full formal sentences
 * beside "omg" and "tbh". These helpers read the register off the reply and put the
 * finished rewrite back into it. Linear scans over a capped prefix.
 * Word lists: `lexicon/rewrite.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import { COMMON, ENDEARMENT } from "../lexicon/rewrite.ts";
import { STOPWORDS } from "../lexicon/stopwords.ts";
import { escapeRegExp } from "./specifics.ts";

const MAX = 2000;

export interface Voice {
  /** the reply never capitalises a sentence start: the rewrite does not either */
  lowercase: boolean;
  /** the reply writes a lone "i": the rewrite keeps it so */
  lowerI: boolean;
  /** the endearment the replier uses ("babe", "love", "pet"), or null */
  endearment: string | null;
}

/**
 * The reply's register.
 *
 * @example
 * voiceOf("ugh that's awful babe. my day was shite too tbh") // { lowercase: true, lowerI: false, endearment: "babe" }
 */
export function voiceOf(reply: string): Voice {
  const text = reply.slice(0, MAX);
  const starts = [...text.matchAll(/(?:^\s*|[.!?]\s+|\n\s*)(\p{L})/gu)].map((m) => m[1] ?? "");
  const lowercase = starts.length > 0 && starts.every((c) => c === c.toLowerCase() || c === "I") && /\p{Ll}/u.test(starts.join(""));
  const lowerI = /(?:^|[\s,])i(?:$|[\s,.!?]|'(?:m|ve|ll|d)\b)/.test(text) && !/(?:^|[\s,])I(?:$|[\s,.!?]|'(?:m|ve|ll|d)\b)/.test(text);
  const e = ENDEARMENT.exec(text);
  return { lowercase, lowerI, endearment: e?.[1] ?? null };
}

/**
 * The finished rewrite put back into the reply's register: for a lowercase texter each
 * sentence starts lowercase unless its first word is a name (written with a capital in
 * the share or reply) or "I"; a lone "I" goes back to "i" when that is how they write it.
 */
export function inRegister(rewrite: string, voice: Voice, reply: string, share: string): string {
  let out = rewrite;
  if (voice.lowercase) {
    const source = `${share.slice(0, MAX)}\n${reply.slice(0, MAX)}`;
    out = out.replace(/(^|[.!?]["')\u201d]?\s+)(\p{Lu})([\p{L}']*)/gu, (m, before: string, first: string, rest: string) => {
      const word = first + rest;
      if (/^I(?:'|$)/.test(word)) return m;
      const common =
        STOPWORDS.has(word.toLowerCase()) || COMMON.test(word) || new RegExp(`(?:^|[^\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, "u").test(reply.slice(0, MAX));
      const name = !common && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u").test(source);
      return name ? m : `${before}${first.toLowerCase()}${rest}`;
    });
  }
  // At a sentence start a lone "i" is theirs only when they write sentence starts lowercase too.
  if (voice.lowerI)
    out = out.replace(/(^|[\s"(,])I(?=$|[\s,!?;:.]|'(?:m|ve|ll|d)\b)/g, (m, before: string, at: number) =>
      voice.lowercase || !/(?:^|[.!?]["')\u201d]?)\s*$/.test(out.slice(0, at + before.length)) ? `${before}i` : m,
    );
  return out;
}
