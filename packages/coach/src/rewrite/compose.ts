/**
 * Stage 6: the whole-reply rewrite, as a caring partner would send it. Repair, don't
 * replace (coach v5): the replier's own sentences without a pitfall stay word for word
 * (their voice), only the pitfall clause is cut from its sentence ("Oh Gareth, you poor
 * dab." keeps "Oh Gareth."; "That sounds hard, but you're overthinking it" keeps "That
 * sounds hard."), and at most one short line of ours is added — built from the share's
 * own words, fitting what the sharer brought (a loss, good news, a grievance, a worry…) —
 * when nothing kept already meets it. No stock question, no deferred advice. Phrasings
 * vary and are chosen per share, deterministically. No rewrite when the reply has no pitfall.
 * Word lists: `lexicon/rewrite-compose.ts`, `lexicon/rewrite.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import {
  ACCEPT_THANKS,
  APOLOGY,
  ASK_OPEN,
  WHERE_OH_NO,
  ASK_WORRY,
  EVENT_PLAIN,
  WORRY_EVENT,
  BID_LOVE,
  BID_MISS,
  BID_NEAR,
  BID_PROUD,
  GO_EASY,
  GOOD_NEWS,
  NERVES,
  NEWS_EVENT,
  INTERJECTION,
  JOY,
  JOY_EVENT,
  LIGHT,
  LOSS,
  LOVELY,
  LOVELY_EVENT,
  ECHO_FEELING,
  EVENT_SORRY,
  NAME_FEELING,
  NAME_FEELING_THING,
  OWN_IT,
  QUOTE_GLAD,
  QUOTE_HURT,
  RELIEF,
  SOOTHED,
  NAME_FEELING_WHERE,
  SELF_JUDGEMENT,
  SELF_VERDICT_IN_CLAUSE,
  THANK_APOLOGY,
  VALIDATE_PLAIN,
  WISH,
  type Phrase,
} from "../lexicon/rewrite-phrases.ts";
import {
  KEPT_HURT,
  UPLIFT,
  KEPT_JAB,
  KEPT_PITY,
  ME_TURN_PITFALLS,
  OPENER_ENDEARMENT,
  OPENER_HEAD,
  OPENER_NAME,
  OWN_REACTION,
  BOTH_OF_US,
  OWN_STORY,
  OWNS_IT,
  OWNS_IT_EXCUSE,
  PLAIN_JAB,
  PLAIN_MEETS,
  FILLER_ONLY,
  HEAVY_WORDS,
  SIGN_OFF,
} from "../lexicon/rewrite.ts";
import {
  COMMON_START,
  ECHO_PARTS,
  FEAR_CONFIRMED,
  FEARS,
  GLAD_WORD,
  GRUMBLE,
  HAS_SUBJECT,
  KEPT_GLAD_WORD,
  LAUGHS,
  NOT_AN_ECHO_QUESTION,
  SARCASTIC_INTERJECTION,
  APOLOGISED,
  FILLER_ALONE,
  OUR_HARD_LINE,
  OUR_SORRY_WORD,
  ONE_WORD_VERDICT,
  GOT_LOST,
  FEARED_AS_FACT,
  NAMES_FEELING,
  OFFER,
  OPEN_END,
  OWN_SIDE,
  OWNING_OFFER,
  RHETORICAL,
  SECOND_PART,
  SHOWN_GLAD_WORD,
  THEIR_MEETS,
} from "../lexicon/rewrite-compose.ts";
import { STOPWORDS } from "../lexicon/stopwords.ts";
import type { PreparedText, RawFinding } from "../rules/index.ts";
import type { ShareReading } from "../share.ts";
import type { Span } from "../text/segment.ts";
import { endsWithEmoji, joinSentences, wordCount } from "./clean.ts";
import { GLAD_FEELINGS, shareKindOf, type ShareKind } from "./share-kind.ts";
import { SHARE_BAD_TURN } from "../lexicon/share-kind.ts";
import { kindForMood, moodOf, withRepliersRead } from "./mood.ts";
import { MEETING_MOVES, MEETS } from "./moves.ts";
import { specificsOf, type Specifics } from "./specifics.ts";
import { flipPerson } from "./echo.ts";
import { SITUATIONS } from "../lexicon/rewrite-situations.ts";
import { inRegister, voiceOf } from "./voice.ts";

/** The share carries words of its own the patterns meet it with: a bad turn, a situation, a feeling clause or a quote to say back. */
function ownWords(spec: Specifics, share: string): boolean {
  return spec.echo !== null || spec.quote !== null || SHARE_BAD_TURN.test(share.slice(0, 2000).toLowerCase()) || situationLine(share, 0) !== "";
}

/** FNV-1a: a stable seed from the share, so one share always gets the same phrasing. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length && i < 2000; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The first phrase (from a rotating start) whose slots are all known, filled. */
export function fill(phrases: readonly Phrase[], seed: number, slots: Readonly<Record<string, string | null>>): string {
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[(seed + k) % phrases.length] ?? "";
    let ok = true;
    const out = p.replace(/\{(\w+)\}/g, (_, name: string) => {
      const lower = name[0]?.toLowerCase() + name.slice(1);
      const v = slots[lower];
      if (v === null || v === undefined || v === "") {
        ok = false;
        return "";
      }
      return name[0] === name[0]?.toUpperCase() ? (v[0]?.toUpperCase() ?? "") + v.slice(1) : v;
    });
    // A clause said back keeps no capital from its own sentence start ("of course you don't know…", not "you Don't").
    if (ok)
      return out.replace(/\b(you|I) (\p{Lu}\p{Ll}+(?:'\p{Ll}+)?)\b(?! \p{Lu})/gu, (m, who: string, w: string) =>
        /^(?:I|I'm|I've|I'll|I'd)$/.test(w) ? m : `${who} ${w.toLowerCase()}`,
      );
  }
  return "";
}

/** A short exclamation with no "you", "why", "but" or question in it: a reaction on the sharer's side. */
function exclaims(raw: string): boolean {
  // Trailing emoji are stepped over by code point, as the cleaner does, so Node and the browser agree.
  let end = raw.trimEnd();
  for (let i = 0; i < 8 && end.length > 0 && endsWithEmoji(end); i++) {
    const last = end.charCodeAt(end.length - 1);
    end = end.slice(0, end.length - (last >= 0xdc00 && last <= 0xdfff ? 2 : 1)).trimEnd();
  }
  return (
    end.endsWith("!") &&
    raw.split(/\s+/).length <= 5 &&
    !/\?|\b(?:you|u|your|why|but|though|just|should|again|always|never|not|lol|haha|enjoy)\b/i.test(raw) &&
    !PLAIN_JAB.test(raw.toLowerCase())
  );
}

/** Like {@link fill}, but a phrase that uses the share's specifics ("{thing}") wins when they are known. */
export function fillSpecific(phrases: readonly Phrase[], seed: number, slots: Readonly<Record<string, string | null>>): string {
  const withSlots = phrases.filter((p) => /\{\w+\}/.test(p));
  const specific = withSlots.length > 0 ? fill(withSlots, seed, slots) : "";
  return specific !== ""
    ? specific
    : fill(
        phrases.filter((p) => !/\{\w+\}/.test(p)),
        seed,
        slots,
      ) || fill(phrases, seed, slots);
}

const WARM_MOVES = new Set(["warmth", "empathic_apology"]);
const VALIDATING = new Set(["validation", "naming_feeling", "level_two"]);

interface Kept {
  text: string;
  /** a short warm opener ("Oh babe 😭", "Ugh, I'm sorry.") that stays in front */
  opener: boolean;
  ids: Set<string>;
  /** a plain sentence that carries the pitfall before it on: it goes when anything else stays */
  goesOn?: true;
}

/** True while every kept sentence so far is an opener; O(1) by looking at the last one (openers only ever lead). */
function allOpeners(kept: readonly Kept[]): boolean {
  return kept.length === 0 || kept[kept.length - 1]?.opener === true;
}

/** Clause boundaries inside a sentence, as offsets: where a pitfall clause can be cut from a kind lead. */
function clauseCuts(norm: string, span: Span): number[] {
  const out: number[] = [];
  const re = /[,;:\u2014\u2013]\s*|\s+(?:but|though|although|however)\s+/g;
  const s = norm.slice(span.start, span.end);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push(span.start + m.index);
  return out;
}

/** Below this pitfall probability (read alone) a plain sentence of theirs may stay: the lean's threshold, 1 / (1 + e^0.5). */
const PLAIN_RISK = 0.38;
/** The bar for a plain sentence whose own words meet the share ("Brilliant love, all those evenings paid off."): coach v7. */
const MEETS_RISK = 0.55;

/** Content words of a text (lowercase, no stopwords, four letters or more, or a number), at most 200. */
function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)) {
    const word = w.replace(/'s$/, "");
    if ((word.length >= 4 && !STOPWORDS.has(word)) || /^\d+$/.test(word)) out.add(word);
    if (out.size >= 200) break;
  }
  return [...out];
}

/** True when the text says back something of the share (a word of it, or its stem: "look" / "looking"). */
function echoes(text: string, shareWords: readonly string[]): boolean {
  return contentWords(text).some((w) => shareWords.some((s) => s === w || (Math.min(s.length, w.length) >= 4 && (s.startsWith(w) || w.startsWith(s)))));
}

/**
 * Coach 10.15: a sentence that opens on three or more of the share's own words in a row ("Small at
 * work, after everything you've built there." to "…never felt so small at work") says it back: it is
 * read with the looser bar of words that meet the share.
 */
function opensOnShare(low: string, shareLow: string): boolean {
  const words = low.replace(/^(?:oh|ah|aw+|god|ugh)[\s,!]+/, "").match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length >= 3 && new RegExp(`(?:^|[^\\p{L}])${words.slice(0, 3).join("[^\\p{L}\\p{N}']+")}(?![\\p{L}])`, "u").test(shareLow);
}

/**
 * Coach 8.3: a short question that only says the share's own words back ("In front of the
 * students?", "Four nights?"): disbelief on their side, not a probe. No person, no question
 * word, no verb of asking, every content word from the share.
 */
function echoQuestion(low: string, shareWords: readonly string[]): boolean {
  const body = low.replace(/^(?:oh|ah|aw+|wait)[\s,!]+/, "").trim();
  if (!/^[^?]+\?$/.test(body) || wordCount(body) > 6 || PLAIN_JAB.test(body)) return false;
  if (NOT_AN_ECHO_QUESTION.test(body)) return false;
  const words = contentWords(body);
  return words.length > 0 && words.every((w) => echoes(w, shareWords));
}

/** The id a kept echo question carries. */
const ECHO_QUESTION = "echo-question";

/** Removes in place the items that match. */
function remove<T>(items: T[], match: (item: T) => boolean): void {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i] as T)) items.splice(i, 1);
}

/** A plain sentence or clause (no move, no pitfall found) that is safe to keep beside a pitfall. */
function safePlain(low: string): boolean {
  let t = low.trim();
  // The opener and a leading joint say nothing of the clause: "oh love i know exactly", "and i've been out for years".
  const opener = openerOf(t);
  if (opener !== null) t = t.slice(opener.length).replace(/^[\s,]+/, "");
  t = t.replace(/^(?:and|but|so|or|then|cos|because)\s+/, "");
  if (t === "" || t.includes("?") || PLAIN_JAB.test(t)) return false;
  return !OWN_STORY.test(t) || OWN_REACTION.test(t);
}

/** A warm opener at the start of a clause, with its endearment or name ("Oh Gareth", "Aw pet"), or null. */
function openerOf(raw: string): string | null {
  const head = OPENER_HEAD.exec(raw);
  if (head === null) return null;
  const rest = raw.slice(head[0].length);
  const more = OPENER_ENDEARMENT.exec(rest) ?? (/^[\s,]+I\b/.test(rest) ? null : OPENER_NAME.exec(rest));
  // "Oh Maureen love": a name and then an endearment.
  const after = more === null ? null : OPENER_ENDEARMENT.exec(rest.slice(more[0].length));
  return (head[0] + (more?.[0] ?? "") + (after?.[0] ?? "")).trim();
}

/** Pitfalls that sit in a few words of a sentence (the pity, the claim to understand): what follows them can stay. */
const LOCAL_PITFALLS: ReadonlySet<string> = new Set(["sympathy", "i_understand"]);

/**
 * One sentence with a pitfall, repaired: its clauses that do something kind or plain
 * stay word for word, the pitfall clause goes (a warm opener in it stays: "Oh Gareth, you
 * poor dab." → "Oh Gareth."), and after a fix, a blame or a story everything that follows
 * goes too (it carries the pitfall on). Returns the kept text and the moves it holds, or null.
 */
function repairSentence(
  text: string,
  norm: string,
  span: Span,
  bad: readonly RawFinding[],
  good: readonly RawFinding[],
): { text: string; ids: Set<string> } | null {
  // The segmenter may leave two sentences together ("That's not right. Will you…?"): each is repaired on its own.
  const subs: Span[] = [];
  const splitter = /[.!?]+\s+/g;
  let at = span.start;
  const inner = norm.slice(span.start, span.end);
  for (let m = splitter.exec(inner); m !== null; m = splitter.exec(inner)) {
    const end = span.start + m.index + m[0].length;
    if (text.slice(at, end).trim() !== "") subs.push({ start: at, end });
    at = end;
  }
  if (text.slice(at, span.end).trim() !== "") subs.push({ start: at, end: span.end });
  const texts: string[] = [];
  const ids = new Set<string>();
  for (const sub of subs) {
    const overlaps = (f: RawFinding): boolean => f.start < sub.end && f.end > sub.start;
    const subBad = bad.filter(overlaps);
    const subGood = good.filter(overlaps);
    const raw = text.slice(sub.start, sub.end).trim();
    if (subBad.length === 0) {
      if (
        subGood.some((g) => VALIDATING.has(g.id) || WARM_MOVES.has(g.id)) ||
        exclaims(raw) ||
        (safePlain(raw.toLowerCase()) && PLAIN_MEETS.test(raw.toLowerCase()))
      ) {
        texts.push(raw);
        for (const g of subGood) ids.add(g.id);
      }
      continue;
    }
    const repaired = repairClauses(text, norm, sub, subBad, subGood);
    if (repaired === null) continue;
    texts.push(repaired.text);
    for (const id of repaired.ids) ids.add(id);
  }
  return texts.length === 0 ? null : { text: joinSentences(texts), ids };
}

/** {@link repairSentence} within one sentence: clause by clause. */
function repairClauses(
  text: string,
  norm: string,
  span: Span,
  bad: readonly RawFinding[],
  good: readonly RawFinding[],
): { text: string; ids: Set<string> } | null {
  const body = text.slice(span.start, span.end);
  const from = span.start + (body.length - body.trimStart().length);
  const to = span.end - (body.length - body.trimEnd().length);
  // A finding over the whole sentence (the model's, without a rule span) does not say where the pitfall is.
  const whole = (f: RawFinding): boolean => f.start <= from + 1 && f.end >= to - 1;
  const narrow = bad.filter((f) => !whole(f));
  const unplaced = bad.some((f) => whole(f) && !narrow.some((n) => n.id === f.id));
  // After the pity or a claim to understand, the sentence may go on kindly; after a fix, a blame or a story it does not.
  const local = !unplaced && bad.every((f) => LOCAL_PITFALLS.has(f.id));
  const cuts = [from, ...clauseCuts(norm, { start: from, end: to }).filter((c) => c > from), to];
  const parts: string[] = [];
  const ids = new Set<string>();
  let hit = false;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const raw = text
      .slice(a, b)
      .replace(/^[\s,;:\u2014\u2013]+/, "")
      .replace(/^(?:but|though|although|however)\s+/i, "")
      .trim();
    const low = raw.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    const moves = good.filter((g) => g.start >= a - 1 && g.end <= b + 1);
    const inPitfall = narrow.length === 0 || narrow.some((f) => f.start < b && f.end > a);
    if (inPitfall) {
      // A warm opener before the pitfall words stays ("Oh you poor sod" keeps "Oh").
      const opener = openerOf(raw);
      const openerEnd = b - raw.length + (opener?.length ?? 0);
      if (opener !== null && !hit && !bad.some((f) => !whole(f) && f.start < openerEnd && f.end > a)) parts.push(opener);
      hit = true;
      // Without a placed pitfall only lead clauses that hold a move are kept.
      if (
        narrow.length === 0 &&
        moves.some((g) => VALIDATING.has(g.id) || WARM_MOVES.has(g.id)) &&
        parts.length === (opener === null ? 0 : 1) &&
        i + 2 < cuts.length
      ) {
        parts.length = 0;
        parts.push(raw);
        for (const g of moves) ids.add(g.id);
        continue;
      }
      if (narrow.length === 0) break;
      continue;
    }
    if (hit && !local) break;
    // After a cut, a clause with no subject of its own ("…poor you, sitting in the dark all day") is a fragment (coach v7).
    if (hit && moves.length === 0 && !HAS_SUBJECT.test(low) && openerOf(raw) === null) break;
    // A clause is read with the word after it: "Going there's a bad idea though babe" is not plain.
    // Coach 8.3: in a sentence the model reads as a me-turn as a whole, a plain clause of it is the me-turn's
    // own start ("And now we won't have the money for Mama's room, I was counting on it."): only a move stays.
    const meTurnWhole = bad.some((f) => whole(f) && ME_TURN_PITFALLS.has(f.id));
    const lone = wordCount(raw) <= 1 || openerOf(raw) === raw.replace(/[.!,]+$/, "");
    if (moves.length > 0 || ((!meTurnWhole || lone) && safePlain(low) && !PLAIN_JAB.test(norm.slice(a, Math.min(to, b + 10))))) {
      parts.push(raw);
      for (const g of moves) ids.add(g.id);
    } else if (hit) break;
  }
  // Half a question is not a statement ("Did the governors back you, or…?" never becomes "Did the governors back you."): only its opener stays.
  if (body.trimEnd().endsWith("?")) {
    const first = parts[0];
    return first !== undefined && openerOf(first) === first ? { text: first, ids: new Set() } : null;
  }
  const kept = parts.filter((p) => p !== "").join(", ");
  return kept === "" ? null : { text: kept, ids };
}

/** A texter's own "u"/"ur": the line we add speaks the same way ("No wonder ur gutted"). */
function inTheirVoice(line: string, reply: string): string {
  if (!/\b(?:u|ur)\b/.test(reply) || /\byou\b/i.test(reply)) return line;
  return line.replace(/\b(?:you're|your|you)\b/g, (w) => (w === "you" ? "u" : "ur")).replace(/\b(?:You're|Your|You)\b/g, (w) => (w === "You" ? "U" : "Ur"));
}

/** A composed rewrite and what the offer's policy reads of it (coach 10). */
export interface Composed {
  text: string;
  /** the line of ours in it, "" when none (with one, it is only a place to start) */
  line: string;
  /** every kept sentence of theirs is a short exclamation or opener (three words or fewer), or nothing is kept */
  thin: boolean;
  /** their kept words meet the sharer on their own (a kind move, their verdict on it, a felt opener) */
  meets: boolean;
  /** the share is a grievance about the replier: a short apology of theirs ("Sorry. I lost it.") is whole */
  owning: boolean;
}

/**
 * A better whole reply, or null when the reply has no pitfall (it already lands, or
 * there is nothing to repair) or when nothing would change.
 *
 * Repair, don't replace (coach v5): the replier's sentences without a pitfall stay word
 * for word — kind ones always, plain ones when nothing in them carries the pitfall on —
 * and only the pitfall clause is cut from its sentence. At most one short line of ours
 * is added, built from the share's own words, and only when nothing kept already meets
 * what the sharer brought. No stock question is appended.
 *
 * @example
 * rewriteReply(prepare("Oh Gareth, you poor dab. Of course you needed those twenty minutes."), findings, reading, share)
 * // "Oh Gareth. Of course you needed those twenty minutes."
 */
export function rewriteReply(
  prepared: PreparedText,
  findings: readonly RawFinding[],
  reading: ShareReading,
  share: string,
  risk: readonly number[] = [],
): Composed | null {
  const { text, norm } = prepared;
  if (text.trim().length === 0) return null;
  const pitfalls = findings.filter((f) => f.kind === "pitfall");
  // No pitfall and something kind: the reply already lands. (No pitfall and nothing kind: the plain parts are kept and the share met.)
  if (pitfalls.length === 0 && findings.some((f) => f.kind === "move")) return null;

  // A quoted question goes on in the same sentence ("That little 'daddy mad?' would wreck anybody."): one sentence, not a fragment (coach v7).
  const { spans, index } = joinQuotedQuestions(text, prepared.sentences);
  const bySentence: RawFinding[][] = spans.map(() => []);
  for (const f of findings) bySentence[index[f.sentence] ?? f.sentence]?.push(f);
  const shareWords = contentWords(share.slice(0, 2000));
  const shareLow = share.slice(0, 2000).toLowerCase();
  const found = specificsOf(share, reading);
  const seed = seedOf(share);
  // Good news that also hurts ("excited and gutted") reads as a hard time: both feelings are named.
  // Coach v9: the share model's mood decides whether a line of ours may celebrate or console at all.
  const mood = withRepliersRead(moodOf(share, reading), norm);
  const patterned = shareKindOf(share, reading, found.feelings);
  const kind = kindForMood(patterned, mood, reading, share, found.feelings, ownWords(found, share));
  // Good news on its face that hurts ("Got an interview. Not what I wanted."): its news is not said back with "oh no".
  const turned = kind === "hard" && (patterned === "achievement" || patterned === "good-news" || patterned === "moment");
  const spec: Specifics = turned ? { ...found, event: null, news: null } : found;
  // A heavy cue the share model missed ("tank's dry") makes the share heavy for the lines of ours, as a heavy reading would.
  const lineReading: ShareReading = mood.heavyCue ? { ...reading, weight: Math.max(reading.weight, 0.5) } : reading;
  const joyfulKind = kind === "achievement" || kind === "good-news" || kind === "moment" || kind === "wish" || kind === "thanks" || kind.startsWith("bid");
  /** A sentence's moves vouch for it only when they cannot be a jab in disguise: joy on news that is not good, a "move" with a jab word in it. */
  const vouched = (moves: readonly RawFinding[], low: string): boolean =>
    moves.some((g) => VALIDATING.has(g.id) || WARM_MOVES.has(g.id)) ||
    (PLAIN_MEETS.test(low) && safePlain(low)) ||
    (moves.some((g) => g.id !== "shared_joy" || joyfulKind) && !PLAIN_JAB.test(low) && (!OWN_STORY.test(low) || OWN_REACTION.test(low)));
  const laughs = LAUGHS.test(norm);
  // Coach v9: an exclamation from a reply that laughs ("Mrs Gibbs! Lol.") is the laugh, not a reaction, unless the share is light or glad.
  const heavyKind = kind === "hard" || kind === "loss" || kind === "worry" || kind === "self-blame";
  const laughingAt = (raw: string): boolean =>
    laughs && mood.mood !== "glad" && (mood.mood === "heavy" || heavyKind) && exclaims(raw) && !GLAD_WORD.test(raw.toLowerCase());
  const kept: Kept[] = [];
  let interjection: string | null = null;
  // Coach 10.8.2: a plain sentence right after a pitfall goes on with it ("But why did you work till 3 am for him
  // again? Your health is more important than a boss fight.", "It's the same for me at school… Every week! In front of everyone!"): the round-10 judges' zeros.
  // They go when anything else stays (alone, they are still the reply's own words, as before).
  let afterPitfall = false;
  let afterMeTurn = false;

  let keptAtStart = -1;
  spans.forEach((span, si) => {
    const here = bySentence[si] ?? [];
    const bad = here.filter((f) => f.kind === "pitfall");
    const good = here.filter((f) => f.kind === "move");
    const raw = text.slice(span.start, span.end).trim();
    const low = norm.slice(span.start, span.end).trim();
    const followsPitfall = afterPitfall;
    const followsMeTurn = afterMeTurn;
    // Nothing of the sentence before was kept.
    const followsCut = keptAtStart >= 0 && kept.length === keptAtStart;
    keptAtStart = kept.length;
    // Joy with no glad word right after a me-turn ("It's the same for me… Every single day!") is the story going on, not a move that vouches for the sentence (coach 10.13).
    const moves = good.filter((g) => g.id !== "shared_joy" || !followsMeTurn || GLAD_WORD.test(low));
    afterMeTurn = bad.some((f) => ME_TURN_PITFALLS.has(f.id)) || (followsMeTurn && moves.length === 0);
    afterPitfall = bad.some((f) => f.id !== "sympathy") || (followsPitfall && moves.length === 0);
    // Coach v7.2: beside a complaint, their apology that names what they did is kept whole, not cut to "Sorry."; only the excuse goes.
    if (kind === "complaint" && OWNS_IT.test(low) && !OWNS_IT_EXCUSE.test(low)) {
      kept.push({ text: raw, opener: false, ids: new Set(["empathic_apology"]) });
      return;
    }
    // Coach 10.15.2: what only hangs on a cut sentence goes with it (round 13's zeros): "Like actually no.",
    // "Sorry, that came out wrong.", "I'll find the number." after the advice.
    if ((followsPitfall || followsCut) && HANGS_ON_CUT.test(low)) return;
    if (bad.length === 0) {
      // A defence goes on in a rhetorical question ("Do you want me to fail?"): never kept beside a pitfall.
      if (RHETORICAL.test(raw)) return;
      // Coach v9: "Finally!" on news that is not glad ("I told Megan about the diagnosis.") says "about time".
      if (/^finally\b/i.test(raw) && !joyfulKind && mood.mood !== "glad") return;
      // A plain sentence stays when nothing in it carries the pitfall on; otherwise only
      // sentences with a move, a warm interjection, thanks for telling or a short exclamation on their side.
      // …and says something of the share back or meets it ("Four, and you found them yourself."); an aside ("Sandra's leaving end of month.") goes.
      // Coach v7: their own plain validation the move model passed over ("That sounds like it knocked you sideways.") stays too.
      // Read with a looser risk bar than a plain aside: the words themselves meet the share, and a "not that hard" is kept out.
      const theirs =
        (risk[si] ?? 1) < MEETS_RISK &&
        THEIR_MEETS.test(low) &&
        safePlain(low) &&
        !/\b(?:not (?:that|so|too|a)|isn'?t|wasn'?t)\b/.test(low) &&
        !low.includes("?") &&
        // "It was the worst six months of my life." beside a me-too is their story, not a verdict on the share.
        !(/\b(?:i|me|my)\b/.test(low) && pitfalls.some((f) => ME_TURN_PITFALLS.has(f.id)));
      const plainOk =
        good.length === 0 &&
        ((safePlain(low) &&
          (((risk[si] ?? 1) < (opensOnShare(low, shareLow) ? MEETS_RISK : PLAIN_RISK) && echoes(raw, shareWords)) || PLAIN_MEETS.test(low) || theirs)) ||
          ((risk[si] ?? 1) < MEETS_RISK && echoQuestion(low, shareWords)));
      const warmStart = INTERJECTION.test(raw) && (raw.split(/\s+/).length <= 3 || safePlain(low));
      // An offer of their own ("Want me to make a hot water bottle?") is the best of a reply: it stays (coach v6).
      // "…so you can just be with your whānau" is the offer's kindness, not a "just" that minimises (coach v7.1).
      const offerLow = low.replace(/^(?:oh|aw+|ah|love|babe|hun|pet)[\s,]+/, "").replace(/\bso (?:that )?(?:you|u) can just\b/g, "so you can");
      const offer = OFFER.test(offerLow) && !PLAIN_JAB.test(offerLow) && ((kind !== "complaint" && kind !== "apology") || OWNING_OFFER.test(offerLow));
      // Coach 9.2: their praise or reassurance of the sharer ("You're the smartest person I know", "he wasn't alone
      // because of you") is the best of a reply the w15 judges saw cut: it stays, unless it is a defence beside a complaint.
      const uplift = kind !== "complaint" && UPLIFT.test(low) && safePlain(low);
      if (pitfalls.length > 0 && good.length > 0 && !vouched(good, low) && !exclaims(raw) && !theirs && !offer && !uplift) return;
      // Beside a grievance about the replier, a plain exclamation is most often the defence ("She asked directly!").
      const ownExclaim = exclaims(raw) && kind !== "complaint" && !laughingAt(raw);
      if (good.length === 0 && !(plainOk && kind !== "complaint") && !warmStart && !OWN_SIDE.test(raw) && !ownExclaim && !offer && !uplift) return;
      const ids = new Set(good.map((g) => g.id as string));
      if (plainOk && (echoes(raw, shareWords) || PLAIN_MEETS.test(low) || theirs)) ids.add("echo");
      if (plainOk && low.includes("?")) ids.add(ECHO_QUESTION);
      // Their offer is presence in deeds ("i'll ask her to take it down", "on my way now"): no question of ours on top (coach v7.1).
      if (offer && good.length === 0) ids.add("presence");
      const onlyWarm = good.length > 0 && good.every((g) => WARM_MOVES.has(g.id));
      const short = good.length === 0 && raw.split(/\s+/).length <= 3 && !raw.includes("?") && (INTERJECTION.test(raw) || exclaims(raw));
      const goesOn = moves.length === 0 && !offer && !uplift && !OWN_SIDE.test(raw) && !SIGN_OFF.test(raw) && followsPitfall && !theirs;
      kept.push({ text: raw, opener: (onlyWarm || short) && allOpeners(kept), ids, ...(goesOn ? { goesOn } : {}) });
      return;
    }
    const repaired = repairSentence(text, norm, span, bad, good);
    if (repaired !== null) {
      if (HANGS_ON_CUT.test(repaired.text.toLowerCase().trim())) return;
      if ((echoes(repaired.text, shareWords) || PLAIN_MEETS.test(repaired.text.toLowerCase())) && safePlain(repaired.text.toLowerCase()))
        repaired.ids.add("echo");
      const onlyWarm = repaired.ids.size > 0 && [...repaired.ids].every((id) => WARM_MOVES.has(id));
      const bare = openerOf(repaired.text) === repaired.text.replace(/[.!]+$/, "");
      // Coach v7: on a complaint about the replier, what is left of a defence ("babe it's 5am here",
      // "It's not that I don't want you") is still the defence; only a move or an opener of it stays.
      if (kind === "complaint" && !bare && ![...repaired.ids].some((id) => id !== "echo")) {
        const opener = openerOf(repaired.text);
        if (opener !== null && allOpeners(kept)) kept.push({ text: opener, opener: true, ids: new Set() });
        return;
      }
      kept.push({ text: repaired.text, opener: (onlyWarm || bare) && allOpeners(kept), ids: repaired.ids });
      return;
    }
    const warm = INTERJECTION.exec(raw);
    // From a pitfall sentence only a soothing opener is salvaged: "Wow, I'm sorry that me trying…" is sarcasm.
    if (warm !== null && interjection === null && kept.length === 0 && !SARCASTIC_INTERJECTION.test(warm[0])) interjection = warm[0];
  });

  if (kept.some((k) => k.goesOn !== true)) remove(kept, (k) => k.goesOn === true);
  // Coach 8.3: their echo question stays only beside their own validation ("In front of the students? That's humiliating."); alone it is the start of a complaint ("Three weeks??").
  if (!kept.some((k) => !k.ids.has(ECHO_QUESTION) && [...k.ids].some((id) => VALIDATING.has(id) || id === "echo")))
    remove(kept, (k) => k.ids.has(ECHO_QUESTION));
  // Coach v6: pity, a claim to know, a push or a me-turn never survives in a kept sentence, whatever its moves.
  const meTurn = pitfalls.some((f) => ME_TURN_PITFALLS.has(f.id));
  for (let i = kept.length - 1; i >= 0; i--) {
    const k = kept[i] as Kept;
    if (laughingAt(k.text)) {
      kept.splice(i, 1);
      continue;
    }
    const cleaned = withoutBadClauses(k.text, meTurn, shareLow);
    if (cleaned === k.text) continue;
    if (cleaned === "") {
      kept.splice(i, 1);
      continue;
    }
    const bare = openerOf(cleaned) === cleaned.replace(/[.!,]+$/, "");
    kept[i] = { text: cleaned, opener: bare && allOpeners(kept.slice(0, i)), ids: bare ? new Set() : k.ids };
  }

  const has = (id: string): boolean => kept.some((k) => k.ids.has(id));
  const parts: string[] = [];
  let lead = 0;
  while (lead < kept.length && kept[lead]?.opener === true) lead++;
  const openers = kept.slice(0, lead);
  const rest = kept.slice(openers.length);
  // "Ugh" from a dropped grumble does not open a reply to good news.
  if (interjection !== null && openers.length === 0 && !(joyfulKind && GRUMBLE.test(interjection))) parts.push(`${interjection}.`);
  parts.push(...openers.filter((k) => !(joyfulKind && GRUMBLE.test(k.text))).map((k) => k.text));

  // Joy alone does not meet a mixed share ("excited and gutted"): its feelings are named too.
  const mixed = reading.emotions.some((e) => e !== "glad");
  const joyful = kind === "achievement" || kind === "good-news" || kind === "moment" || kind === "wish";
  // A kept sentence of their own that already meets the share — a kind move, or their
  // own words about what happened ("In front of everyone, for something that wasn't even
  // yours.") — is not stacked with a line of ours: their words carry it.
  const ownLine = rest.some((k) => [...k.ids].some((id) => MEETS.has(id) || id === "echo"));
  // Coach v7: add nothing when their kept words already carry a move — an open question or
  // presence of their own ("How are you doing with it?") counts, and so does a kept opener
  // that reacts in words ("Ugh that's awful babe", "Oh no love").
  const asks = rest.some((k) => k.ids.has("exploration") || k.ids.has("presence"));
  const feltOpener = openers.some((k) => SOOTHED.test(k.text) && k.text.split(/\s+/).length >= 2);
  const theirMeet = rest.some((k) => THEIR_MEETS.test(k.text.toLowerCase()) && safePlain(k.text.toLowerCase()));
  const validated = ownLine || asks || feltOpener || theirMeet || [...VALIDATING].some(has) || ((joyful || !mixed) && has("shared_joy"));
  // Their kept words meet the sharer by a kind move, their own verdict or a felt opener; a question alone does not (coach 10).
  const keptMeets = feltOpener || theirMeet || kept.some((k) => [...k.ids].some((id) => MEETING_MOVES.has(id)));
  const keptText = kept
    .map((k) => k.text)
    .join(" ")
    .toLowerCase();
  const already: Already = {
    validated,
    apologised: has("empathic_apology") || APOLOGISED.test(keptText),
    soothed:
      kept.some((k) => k.ids.size > 0 && ![...k.ids].every((id) => id === "presence" || id === "exploration")) ||
      openers.some((k) => SOOTHED.test(k.text)) ||
      (interjection !== null && /^oh no/i.test(interjection)),
    // Only an opener or a short exclamation kept ("Babe.", "Ugh.") is as good as nothing: a line of ours is still needed.
    nothingKept: kept.every((k) => k.text.split(/\s+/).length <= 2),
    keptText,
    thin: kept.every((k) => k.text.split(/\s+/).length <= 3),
  };
  let meet = meetLine(kind, lineReading, spec, seed, already, share);
  // Coach v7.1: a bare fragment ("oh no.", "scary.", "Congrats!") does not meet a share on its own: one clause of ours is added.
  // Counted on what is shown: an "Oh no." dropped before good news is not there to be added to.
  const shown = [...parts, ...rest.map((k) => k.text)].join(" ").toLowerCase();
  const keptWords = wordCount(shown);
  // "That's embarrassing." reacts in words and stays alone; "oh no." and "scary." do not.
  const bareFragment = keptWords <= 1 || (keptWords <= 2 && INTERJECTION.test(shown) && openerOf(shown.trim()) !== null);
  // A glad exclamation of theirs ("amazing!!") on a share not read as glad: the mood is unsure, so nothing is added.
  // …nor is anything added after their glad word on a share not read as glad ("brilliant." can be sarcasm): their words stand.
  const unsureMood = !joyfulKind && (/!\s*$/.test(shown) || SHOWN_GLAD_WORD.test(shown));
  const bareAdded = meet === "" && keptWords >= 1 && bareFragment && !unsureMood && kind !== "apology" && kind !== "thanks" && !kind.startsWith("bid");
  if (bareAdded) {
    // Their "oh no" already reads the share as heavy: what happened, said back, is the clause to add.
    const event = sayBackShort(spec.event);
    meet =
      (kind === "hard" || kind === "worry" || kind === "loss" || kind === "plain") && event !== null && SOOTHED.test(keptText)
        ? fill(EVENT_SORRY, seed >>> 2, { event })
        : meetLine(kind, lineReading, spec, seed, { ...already, validated: false, soothed: false, nothingKept: true, thin: true }, share);
  }
  // Their own glad word kept ("Aw nice.") is never followed by a hard-time line of ours.
  if (KEPT_GLAD_WORD.test(keptText) && (OUR_HARD_LINE.test(meet) || OUR_SORRY_WORD.test(meet))) meet = "";
  // Coach 8.3: "Ugh, thanks for telling me." reads annoyed: after a grumble or an "oh no" of theirs, thanks becomes sorry.
  const grumbled = (interjection !== null && GRUMBLE.test(interjection)) || openers.some((k) => GRUMBLE.test(k.text));
  if (grumbled && /^(?:thanks for telling me|i'?m glad you told me)\b/i.test(meet)) meet = "I'm sorry.";
  // A bare kept "Oh." / "Ah." before our "Oh no, …" goes: ours says it with words (coach v7).
  if (/^(?:oh no|ugh)\b/i.test(meet) && parts.length > 0 && parts.every((p) => /^(?:oh+|ah+|ag)[.,!]*$/i.test(p.trim()))) parts.length = 0;
  // "Oh Dale. Oh love, …": one opener is enough.
  if (parts.length > 0)
    meet = meet.replace(/^(?:Oh no[,.] |Ugh, |Oh,? (?:love,? )?|Aw,? |Ooh,? |Oh love — )(?=\p{L})/u, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // The endearment in our line is theirs or none (coach v7): "love" only from someone who says it.
  const voice = voiceOf(text);
  const endearment = voice.endearment?.toLowerCase() ?? null;
  meet = withEndearment(meet, endearment === null || new RegExp(`\\b${endearment}\\b`, "i").test(keptText) ? null : endearment, parts.length === 0);
  // After a bare "Yesss!!" the news said back follows it; otherwise our line leads their words.
  // …and so does the clause added after a bare exclamation of theirs ("€4,800! How are you feeling about it?").
  const afterThem =
    (kind === "achievement" && kept.length > 0 && kept.every((k) => k.text.split(/\s+/).length <= 3)) || (bareAdded && rest.length > 0 && openers.length === 0);
  if (meet !== "" && !afterThem) parts.push(inTheirVoice(meet, text));
  parts.push(...rest.map((k) => k.text));
  if (meet !== "" && afterThem) parts.push(inTheirVoice(meet, text));
  // A kept part that is only a discourse marker ("You know.") goes; a sign-off of theirs ends the rewrite.
  const said = parts.filter((p) => !FILLER_ONLY.test(p.trim()));
  const signOff = said.findIndex((p) => SIGN_OFF.test(p.trim()));
  if (signOff >= 0 && signOff < said.length - 1) said.push(...said.splice(signOff, 1));
  parts.splice(0, parts.length, ...said);
  // Coach v7: the whole rewrite in the replier's register (a lowercase texter stays lowercase).
  const result = inRegister(joinSentences(mergeVocatives(parts, { share: share.slice(0, 2000), reply: text.slice(0, 2000) })), voice, text, share);
  const unchanged = joinSentences([text.trim()]);
  return result === "" ||
    result === unchanged ||
    ((voice.lowercase || voice.lowerI) && result === inRegister(unchanged, voice, text, share)) ||
    result === text.trim()
    ? null
    : { text: result, line: meet, meets: keptMeets, owning: kind === "complaint", thin: already.thin };
}

/** A clause that is only pity, a claim, a push, or (beside a me-too) the replier's own story. */
function badClause(clause: string, meTurn: boolean, shareLow: string): boolean {
  const low = clause
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
  if (KEPT_PITY.test(low) || KEPT_JAB.test(low) || KEPT_HURT.test(low)) return true;
  const opener = openerOf(low);
  const body = (opener === null ? low : low.slice(opener.length)).replace(/^[\s,.!]+/, "").replace(/^(?:and|but|so)\s+/, "");
  if (body === "") return false;
  // "Oh my god Leah!!" is an exclamation, not the replier's story.
  if (meTurn && OWN_STORY.test(body) && !OWN_REACTION.test(body) && !/^my (?:god|gosh|goodness|word|days|love|darling)\b/.test(body)) return true;
  // "Let's celebrate both!" points at the replier's own news, which a me-turn's cut took away (round 7's judges).
  if (meTurn && BOTH_OF_US.test(body)) return true;
  // "She's lovely", "They wind you up": a he/she/they whose person was in a dropped sentence, not in the share.
  const pronoun = body.split(/\s+/).length <= 4 ? /^(?:she|he|they|them|her|him)\b/.exec(body)?.[0] : undefined;
  return pronoun !== undefined && !new RegExp(`\\b${pronoun}\\b`).test(shareLow);
}

/**
 * A kept text with its bad clauses cut out, sentence by sentence; "" when nothing is left.
 * In a sentence, what comes before the first bad clause stays ("Awww no, that's so sad"
 * keeps "Awww no") and what follows it goes: it hangs off the cut ("God love you, having
 * to put up with him" leaves no "Having to put up with him.").
 */
function withoutBadClauses(text: string, meTurn: boolean, shareLow: string): string {
  // A full stop ends a sentence only before a space or the end: "8.0!!" is one.
  const sentences = text.match(/(?:[^.!?]|[.!?](?=\S))+(?:[.!?]+|$)\s*/g) ?? [text];
  const out: string[] = [];
  let changed = false;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === "") continue;
    const end = /[.!?]+$/.exec(trimmed)?.[0] ?? "";
    // Clauses with their joints kept (odd indices), so what stays reads as written; "… ❤️ But you were rude" is a joint too.
    const pieces = trimmed.slice(0, trimmed.length - end.length).split(/(,\s+|\s+[\u2014\u2013]\s+|\s+(?=but\b))/i);
    let firstBad = -1;
    for (let c = 0; c < pieces.length; c += 2) {
      const clause = pieces[c] ?? "";
      if (clause.trim() !== "" && badClause(clause, meTurn, shareLow)) {
        firstBad = c;
        break;
      }
    }
    if (firstBad < 0) {
      out.push(trimmed);
      continue;
    }
    changed = true;
    const kept = pieces
      .slice(0, Math.max(0, firstBad - 1))
      .join("")
      .trim();
    // The full stop is left to the cleaner, which puts none after an emoji ("Thank you for saying sorry ❤️").
    if (kept !== "") out.push(`${kept}${/[!?]$/.test(end) ? end : ""}`);
  }
  return changed ? joinSentences(out) : text;
}

/** A sentence (or what a cut leaves of one) that only points back at something cut: "Like actually no.", "Sorry, that came out wrong." */
const HANGS_ON_CUT =
  /^(?:like,? (?:actually |seriously |literally )?no\b[.!]*$|(?:sorry,? )?(?:that|it) came out wrong\b|i didn'?t mean (?:it|that)(?: like that| that way)?[.!]*$|i'?ll (?:find|get|look up|dig out|send you) (?:the|their|his|her) (?:number|address|details|link|contact)[.!]*$)/;

/** Endings of common words, not first names: "Feeding's", "Sadness", "Treatment" ("-ed" and "-ly" end Ahmed and Molly). */
const COMMON_ENDING = /\p{Ll}{2}(?:ing|ness|tion|ment)(?:['’]s)?$/u;

/** A sound, not an endearment: "Ugh.", "Oh.", "Ay." (an endearment left alone still leads: "Babe, ugh, …"). */
const BARE_INTERJECTION = /^(?:ugh+|oh+|oof|aw+|ah+|ay|ag|eish|uff|argh|god|jeez|wow|omg)[.!,]*$/i;

/** A lone vocative or one-word opener ("Kochanie.", "Babe.", "Ay.") joined to the line it stands beside: "Kochanie, that sounds…". */
function mergeVocatives(parts: readonly string[], context: { share: string; reply: string }): string[] {
  const out: string[] = [];
  // A name or endearment said alone, not a one-word verdict ("Humiliating.", "Brutal.").
  const lone = (p: string): boolean => /^[\p{L}']+[.,]?$/u.test(p.trim()) && !ONE_WORD_VERDICT.test(p.trim());
  // Only a common first word is lowercased: "Oh, Lola's anniversary" keeps its name.
  const lower = (p: string): string => {
    const first = /^[\p{L}']+/u.exec(p)?.[0] ?? "";
    const common = STOPWORDS.has(first.toLowerCase()) || COMMON_START.test(first);
    // A name keeps its capital: a word the share writes with one, or the reply does inside a sentence
    // ("Dad's", "Lola's", "Neha"). A reply's sentence start proves nothing: "Come here…" is no name (round 9).
    // A capital glued to a mark ("you should ?Neha") is no sentence start's: a new sentence follows a space.
    const word = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const midSentence = new RegExp(`(?:[\\p{L}\\p{N},;:'’)\\]]\\s+|[.!?])${word}(?![\\p{L}])`, "u");
    // The share's sentence start proves a name only for a word no English ending marks as common
    // ("Lola's anniversary…" keeps its capital; "Feeding's still agony." does not: round 12).
    const inShare = new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, "u").test(context.share);
    const name = !common && ((inShare && !COMMON_ENDING.test(first)) || midSentence.test(context.share) || midSentence.test(context.reply));
    return name || /^I(?:'|$)/.test(first) ? p : p.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  };
  for (let i = 0; i < parts.length; i++) {
    const p = (parts[i] ?? "").trim();
    const next = parts[i + 1]?.trim();
    // A filler left alone by a cut ("See.", "Well.", "Look.") is no vocative: it goes.
    if (FILLER_ALONE.test(p)) continue;
    if (lone(p) && next !== undefined && next !== "" && !lone(next)) {
      out.push(`${p.replace(/[.,]$/, "")}, ${lower(next)}`);
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    // A lone interjection left at the end by a cut does not go before one of theirs: "Ugh, Oof, that's…" (round 9).
    if (lone(p) && prev !== undefined && next === undefined && BARE_INTERJECTION.test(p) && INTERJECTION.test(prev)) continue;
    if (lone(p) && prev !== undefined && out.length > 0 && next === undefined) {
      // "That sounds really hard. Mahal." → "Mahal, that sounds really hard."
      out[out.length - 1] = `${p.replace(/[.,]$/, "")}, ${lower(prev)}`;
      continue;
    }
    out.push(p);
  }
  return out;
}

interface Already {
  /** a kept sentence already validates or names the feeling */
  validated: boolean;
  /** a kept sentence already apologises */
  apologised: boolean;
  /** a kept opener already says it is rough ("Ugh, I'm sorry.", "Oh no"): no plain "that's rough" on top */
  soothed: boolean;
  /** none of the replier's words survive: a bare question alone would read as a brush-off */
  nothingKept: boolean;
  /** the kept words, lowercase: a bid already met ("I miss you too") is not met twice */
  keptText: string;
  /** every kept sentence is a short exclamation or opener (three words or fewer) */
  thin: boolean;
}

/** The one line that meets what the sharer brought, or "" when the kept words already do. */
function meetLine(kind: ShareKind, reading: ShareReading, spec: Specifics, seed: number, already: Already, share: string): string {
  switch (kind) {
    case "loss":
      return already.validated ? "" : situationLine(share, seed) || fill(LOSS, seed, {});
    case "complaint":
      return already.apologised
        ? ""
        : fill(sayableGrievance(spec.grievance) !== null ? OWN_IT : APOLOGY, seed, { grievance: sayableGrievance(spec.grievance) });
    case "apology":
      return /\b(?:thank|we'?re (?:ok|okay|fine|good))/.test(already.keptText) ? "" : fill(THANK_APOLOGY, seed, {});
    case "thanks":
      return /\b(?:thank|means a lot)/.test(already.keptText) ? "" : fill(ACCEPT_THANKS, seed, {});
    case "bid-miss":
      return /\bmiss (?:you|u|ya)\b/.test(already.keptText) ? "" : fill(BID_MISS, seed, {});
    case "bid-love":
      return /\blove (?:you|u|ya)\b/.test(already.keptText) ? "" : fill(BID_LOVE, seed, {});
    case "bid-proud":
      return /\bproud of (?:you|u|ya)\b/.test(already.keptText) ? "" : fill(BID_PROUD, seed, {});
    case "bid-near":
      return /\b(?:i'?m here|right here|coming|on my way)\b/.test(already.keptText) ? "" : fill(BID_NEAR, seed, {});
    case "self-blame":
      // Coach v7: their own kind words carry it; no "go easy on yourself" stacked on top.
      return already.validated ? "" : situationLine(share, seed) || fill(GO_EASY, seed, {});
    case "achievement":
      // "Yesss!!" alone meets the joy but not the news: their news is said back after it.
      if (already.validated && !(already.thin && spec.news !== null)) return "";
      return sayBackShort(spec.news) !== null
        ? fill(JOY_EVENT, seed, { event: sayBackShort(spec.news) })
        : withQuote(QUOTE_GLAD, fill(JOY, seed, {}), spec, seed);
    case "good-news":
      if (already.validated) return "";
      // Their news said back beats a line that fits any good news (coach v7.1).
      return sayBackShort(spec.news ?? spec.event) !== null
        ? fill(NEWS_EVENT, seed, { event: sayBackShort(spec.news ?? spec.event) })
        : fill(GOOD_NEWS, seed, {});
    case "moment": {
      if (already.validated) return "";
      // Coach v9: their moment said back short beats a line that fits any glad share ("Bea got top 3 in her class! That's lovely.").
      // Only when nothing of theirs is kept (no stacking on their "Nice!"), and never a moment with a hurt in it ("you cried…", "you haven't felt…").
      const said = spec.quote === null && already.nothingKept ? sayBackShort(spec.news ?? spec.event) : null;
      const event = said !== null && !/n't\b|\b(?:not|no|never|cried|crying|tears|finally)\b/i.test(said) ? said : null;
      return event !== null ? fill(LOVELY_EVENT, seed, { event }) : withQuote(QUOTE_GLAD, fill(LOVELY, seed, {}), spec, seed);
    }
    case "wish":
      return already.validated ? "" : fill(WISH, seed, {});
    case "light":
      return already.validated ? "" : fill(LIGHT, seed, {});
    case "relief":
      return already.validated ? "" : fill(RELIEF, seed, {});
    case "nerves":
      return already.validated ? "" : fill(NERVES, seed, {});
    case "plain": {
      // Coach v9: the mood is unsure or both ways: what happened, said back plainly, or nothing of ours.
      // Their own "oh no" kept reads the share as heavy: it is met as a hard time.
      if (already.soothed) return meetLine("hard", reading, spec, seed, already, share);
      if (already.validated) return "";
      // Coach 8.3: "in front of your cousin" is never glad news when the mood is unsure: where it happened, asked back.
      if (spec.quote === null && spec.where !== null && !reading.goodNews && !reading.emotions.includes("glad"))
        return fill(WHERE_OH_NO, seed, { where: spec.where });
      const event = spec.quote === null ? sayBackShort(spec.event) : null;
      if (event !== null) return fill(EVENT_PLAIN, seed >>> 2, { event });
      return already.nothingKept ? fill(ASK_OPEN, seed, {}) : "";
    }
    case "worry": {
      if (already.validated) return "";
      const line = feelingLine(reading, spec, seed, already.soothed, already.nothingKept, share);
      // The situation they brought, in its own words, beats a plain line (coach v6); a quote of theirs beats both.
      const situation = line === "" || spec.quote !== null || NAMES_FEELING.test(line) ? "" : situationLine(share, seed);
      // With nothing of theirs to say back, a question about the worry (coach v7), not "that sounds hard".
      // Coach v7.2: their worry said back short, not "What's worrying you most?".
      if (situation === "" && spec.quote === null && line !== "" && !NAMES_FEELING.test(line)) {
        const event = sayBackShort(spec.event);
        return event !== null ? fill(WORRY_EVENT, seed, { event }) : fill(ASK_WORRY, seed, {});
      }
      return situation || withQuote(heavyShare(reading) ? QUOTE_HURT : [], line, spec, seed);
    }
    case "hard": {
      if (already.validated) return "";
      const line = feelingLine(reading, spec, seed, already.soothed, already.nothingKept, share);
      const situation = line === "" || spec.quote !== null || NAMES_FEELING.test(line) ? "" : situationLine(share, seed);
      if (situation !== "") return situation;
      // No feeling of theirs to name: what happened to them, in their words, beats "that sounds hard".
      // Coach v7: any share's own event, if short, beats a line that fits any share ("oh no, you failed your learner's").
      const heavy = heavyShare(reading) || HEAVY_WORDS.test(share.slice(0, 600).toLowerCase());
      const eventFits = spec.quote === null && shortEvent(spec.event) && (!already.soothed || already.nothingKept) && heavy;
      // Where it happened, said back as a question ("Oh no, in front of a whole queue?"), beats a question that fits any share,
      // and (coach 8.3) the whole event said back: the judges graded every one of these 2, the event parroted 1.
      if (line !== "" && !NAMES_FEELING.test(line) && spec.quote === null && spec.where !== null && heavy)
        return fill(WHERE_OH_NO, seed, { where: spec.where });
      if (!NAMES_FEELING.test(line) && eventFits) return fill(EVENT_SORRY, seed >>> 2, { event: sayBackShort(spec.event) });
      return withQuote(heavyShare(reading) ? QUOTE_HURT : [], line, spec, seed);
    }
  }
}

/**
 * The line for the situation the share brings (`lexicon/rewrite-situations.ts`), its
 * groups said back from the share's own text, or "" when none fits. One of its lines
 * per share, chosen by the seed.
 */
export function situationLine(share: string, seed: number): string {
  const text = share.slice(0, 600).replace(/[\u2018\u2019]/g, "'");
  const norm = text.toLowerCase();
  for (const situation of SITUATIONS) {
    situation.re.lastIndex = 0;
    const m = situation.re.exec(norm);
    if (m === null) continue;
    const groups = (m.indices ?? []).map((at, i) => (at === undefined ? null : sayBack(text.slice(at[0], at[1]), i === situation.noun)));
    for (let k = 0; k < situation.lines.length; k++) {
      const line = situation.lines[(seed + k) % situation.lines.length] ?? "";
      let ok = true;
      const out = line.replace(/\{(\d)(\?)?\}/g, (_, n: string, optional: string | undefined) => {
        const v = groups[Number(n)] ?? null;
        if (v === null || v === "" || /^(?:he|she|they|it)$/i.test(v.trim())) {
          if (optional === undefined) ok = false;
          return "";
        }
        return v;
      });
      if (ok)
        return out
          .replace(/\s{2,}/g, " ")
          .replace(/\s+([?.!,])/g, "$1")
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    }
  }
  return "";
}

/** A group of the share said back: first person turned, a leading "the/my" lowercased ("Not the quad again"). */
function sayBack(words: string, noun: boolean): string {
  const flipped = flipPerson(words.trim());
  if (!noun) return flipped.replace(/^(?:The|My|Your|Our)\b/, (w) => w.toLowerCase());
  // A bare common noun gets its article: "Warehouse closing" → "the warehouse".
  const low = flipped.toLowerCase();
  return /^(?:the|my|your|our|his|her|their)\b/.test(low) ? low : `the ${low}`;
}

/** A share that carries something heavy: "I hate that {event}" never meets a proud or neutral one. */
function heavyShare(reading: ShareReading): boolean {
  return reading.hardNews || reading.weight >= 0.5 || reading.emotions.some((e) => e !== "glad");
}

/** A phrase they quoted, said back first, when there is one: it is what THIS share is about. */
function withQuote(phrases: readonly Phrase[], line: string, spec: Specifics, seed: number): string {
  if (spec.quote === null || phrases.length === 0) return line;
  // The quote already meets it: one line of ours, never a feeling line stacked on top (coach v5).
  return fill(phrases, seed >>> 5, { quote: spec.quote });
}

/** A hard time or a worry: its feelings named, or plainly called hard when it is heavy. */
function feelingLine(reading: ShareReading, spec: Specifics, seed: number, soothed = false, nothingKept = false, share = ""): string {
  // A verdict on oneself ("I feel useless") is not echoed back as fact.
  const named = spec.feelings.filter((f) => !SELF_JUDGEMENT.has(f));
  const feelings = named.every((f) => GLAD_FEELINGS.has(f)) ? [] : named;
  const slots = { feelings: feelings.length > 0 ? feelings.join(" and ") : null, where: spec.where, thing: spec.thing, who: spec.who, situation: "hard" };
  // Their own clause, said back, beats our naming of it: "No wonder you're scared you're going to burn out."
  // Coach v7: a long clause said back reads as parroting the share; a short one (or the feeling word) instead.
  // "I got lost going to the audition" is no feeling: "no wonder you got lost" reads as blame.
  // Nor is a verdict on themselves said back in their own clause: "no wonder you feel more ashamed than proud" agrees with it.
  const saidBack = GOT_LOST.test(spec.echo ?? "") || SELF_VERDICT_IN_CLAUSE.test(spec.echo ?? "") ? null : sayBackShort(spec.echo);
  const echo = plainEcho(saidBack);
  const echoWords = echo?.split(/\s+/).length ?? 0;
  // A clause of theirs shortened (coach 8.3) is still theirs: said back, not swapped for a template with "{thing}".
  const shortened = echo !== null && echo !== saidBack;
  if (echo !== null && (echoWords >= 4 || feelings.length === 0 || shortened)) return fill(ECHO_FEELING, seed, { echo });
  if (slots.feelings !== null) return fill(spec.where !== null ? NAME_FEELING_WHERE : spec.thing !== null ? NAME_FEELING_THING : NAME_FEELING, seed, slots);
  // Only a share that carries something heavy is called hard ("Work was ok", a new hobby is not).
  // With only an opener kept ("Ugh.") a line is still needed, even after a soothing opener.
  if ((soothed && !nothingKept) || (!nothingKept && !reading.hardNews && !reading.emotions.some((e) => e !== "glad") && reading.weight < 0.5)) return "";
  // Coach v7: "oh no" only on a share that carries something heavy; otherwise a plain open question.
  // Coach v7.2: no open question that fits any share: what happened, said back briefly, or a plain "I'm sorry".
  const heavy = heavyShare(reading) || HEAVY_WORDS.test(share.slice(0, 600).toLowerCase());
  const event = spec.quote === null ? sayBackShort(spec.event) : null;
  if (event !== null) return fill(heavy ? EVENT_SORRY : EVENT_PLAIN, seed >>> 2, { event });
  return fill(heavy ? VALIDATE_PLAIN : ASK_OPEN, seed, slots);
}

/**
 * Coach 8.3: their feeling clause said back plainly, or null. The judges read "of course you were so
 * embarrassed" and "…nervous about the transfer next week" as parroting: their intensifier goes, and
 * a tail of more than three words after a preposition is cut ("you're nervous"; "sick of doing
 * everything alone" → "sick of it"), and a clause after the feeling only when it is long.
 */
function plainEcho(echo: string | null): string | null {
  if (echo === null) return null;
  const m = ECHO_PARTS.exec(echo);
  if (m === null) return echo;
  const [, lead, intensifier, feeling, tail] = m as unknown as [string, string, string, string, string];
  const rest = tail.trim();
  // "dreading leaving her at daycare", "finding it hard…": a verb needs what follows it; only "struggling with …" shortens.
  if (/ing$/i.test(feeling)) return /^with\b/i.test(rest) && wordCount(rest) > 3 ? `${lead} ${feeling} with it` : `${lead} ${feeling}${tail}`;
  // Coach 9.2: a fear whose content is the replier's own act ("scared I'll get tired of you") or a verdict
  // on the sharer ("terrified you're too old to bond") is not said back after "of course": that agrees
  // with the fear. The feeling is met; its content is not.
  if (FEARS.test(feeling) && rest !== "" && FEAR_CONFIRMED.test(rest.toLowerCase().replace(/\u2019/g, "'"))) return `${lead} ${feeling}`;
  // A fear said as a clause is what THIS share is about ("scared you're going to fail the resit"): kept unless long.
  const phrase = /^(?:about|for|of|with|at|on|in|over|from|by)\b/i.test(rest);
  // "so angry you can't see straight": the clause is the "so"'s result, which reads wrong without it.
  if (/\bso\b/i.test(intensifier) && rest !== "" && !phrase && !/^(?:to|that)\b/i.test(rest)) return `${lead} ${feeling}`;
  if (rest === "" || wordCount(rest) <= (phrase ? 3 : 6)) return `${lead} ${feeling}${tail}`;
  return /^(?:of|with)\b/i.test(rest) ? `${lead} ${feeling} ${rest.split(/\s+/)[0]} it` : `${lead} ${feeling}`;
}

/** Longest event or grievance said back, in words: longer reads as parroting the share (coach v7). */
const MAX_SAY_BACK = 10;

/**
 * A clause of the share said back short (coach v7): its first part when that has three
 * words or more, and only when what is left is at most {@link MAX_SAY_BACK} words and
 * does not end mid-phrase; otherwise null.
 */
export function sayBackShort(clause: string | null): string | null {
  if (clause === null) return null;
  let c = clause.trim();
  const cut = SECOND_PART.exec(c);
  if (cut !== null && c.slice(0, cut.index).split(/\s+/).length >= 3) c = c.slice(0, cut.index);
  // "your first proper row with Bethan about you" lost "and Ange": a clause cut inside a pair is not said back.
  if (/\b(?:about|between) (?:you|me)$/i.test(c)) return null;
  // "Kayla said you 'hover" lost its closing quote: a quote cut open is not said back (coach v7.1).
  if (/(?:^|\s)['"\u2018\u201c][^'"\u2019\u201d]*$/.test(c)) return null;
  return c.split(/\s+/).length <= MAX_SAY_BACK && !OPEN_END.test(c) ? c : null;
}

/** The event, when it can be said back short. */
function shortEvent(event: string | null): boolean {
  return sayBackShort(event) !== null;
}

/** The grievance, said back short; otherwise null (a plain apology instead). */
function sayableGrievance(grievance: string | null): string | null {
  // "Sorry, I didn't want you at my do" owns a feeling they fear, as fact: a plain apology instead.
  if (grievance !== null && FEARED_AS_FACT.test(grievance.trim())) return null;
  return sayBackShort(grievance);
}

/**
 * Our line with the replier's own endearment (coach v7): a "love" of ours becomes theirs
 * ("pet", "babe") or goes when they use none; when our line leads the rewrite, their
 * endearment joins its opening "Oh no" ("oh no pet, …") or closes a short line of ours ("No wonder you feel furious, babe.").
 */
export function withEndearment(line: string, endearment: string | null, leads: boolean): string {
  let out = line;
  if (endearment !== "love") {
    out =
      endearment === null
        ? out.replace(/^Oh love(?: —|,)? /, "Oh, ").replace(/, love(?=[.!,]| —)/g, "")
        : out.replace(/^Oh love\b/, `Oh ${endearment}`).replace(/, love(?=[.!,]| —)/g, `, ${endearment}`);
  }
  if (leads && endearment !== null && !new RegExp(`\\b${endearment}\\b`).test(out))
    out = /^(?:Oh no|Ugh|Oh)[,.]/.test(out)
      ? out.replace(/^(Oh no|Ugh|Oh)([,.])/, (_, w: string, p: string) => `${w} ${endearment}${p}`)
      : out.replace(/^([^.!?]{4,60})([?.])$/, `$1, ${endearment}$2`);
  return out;
}

/**
 * Sentences rejoined where the segmenter split after a quoted question that the sentence
 * goes on from ("That little 'daddy mad?' would wreck anybody."): the spans, and for each
 * original sentence index its index among them.
 */
function joinQuotedQuestions(text: string, sentences: readonly Span[]): { spans: Span[]; index: number[] } {
  const spans: Span[] = [];
  const index: number[] = [];
  sentences.forEach((span, i) => {
    const prev = spans[spans.length - 1];
    const before = prev === undefined ? "" : text.slice(prev.start, prev.end).trimEnd();
    const next = text.slice(span.start, span.end).trimStart();
    if (prev !== undefined && /[?!]['"\u2019\u201d]$/.test(before) && /^\p{Ll}/u.test(next)) {
      spans[spans.length - 1] = { start: prev.start, end: span.end };
    } else spans.push({ start: span.start, end: span.end });
    index[i] = spans.length - 1;
  });
  return { spans, index };
}
