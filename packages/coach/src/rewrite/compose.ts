/**
 * Stage 6: the whole-reply rewrite, as a caring partner would send it. It keeps the
 * replier's own sentences that carry no pitfall (their voice), drops the pitfall
 * sentences (salvaging a warm or validating lead clause: "That sounds hard, but you're
 * overthinking it" keeps "That sounds hard."), then adds only what is missing — a line
 * that names the share's feelings with its specifics, an offer to think about their
 * advice later (never after a loss), an open question that fits the share (joy, loss,
 * a hard day). Phrasings vary and are chosen per share, deterministically. No rewrite
 * when the reply has no pitfall and already does something kind.
 */
import {
  ACCEPT_THANKS,
  APOLOGY,
  ASK_AHEAD,
  ASK_HARD,
  ASK_JOY,
  ASK_LIGHT,
  ASK_LOSS,
  ASK_MOMENT,
  ASK_REPAIR,
  ASK_SELF_BLAME,
  ASK_SOFT,
  ASK_SURFACE,
  ASK_WISH,
  BID_LOVE,
  BID_MISS,
  BID_NEAR,
  BID_PROUD,
  GO_EASY,
  INTERJECTION,
  JOY,
  LIGHT,
  LOSS,
  LOVELY,
  ECHO_FEELING,
  EVENT_SORRY,
  NAME_FEELING,
  NAME_FEELING_THING,
  OWN_IT,
  QUOTE_GLAD,
  QUOTE_HURT,
  SOOTHED,
  NAME_FEELING_WHERE,
  OFFER_LATER_ACTION,
  SELF_JUDGEMENT,
  THANK_APOLOGY,
  VALIDATE_PLAIN,
  WISH,
  type Phrase,
} from "../lexicon/rewrite-phrases.ts";
import type { PreparedText, RawFinding } from "../rules/index.ts";
import type { ShareReading } from "../share.ts";
import type { Span } from "../text/segment.ts";
import { endsWithEmoji, joinSentences } from "./clean.ts";
import { GLAD_FEELINGS, shareKindOf, type ShareKind } from "./share-kind.ts";
import { specificsOf, type Specifics } from "./specifics.ts";

/** What the rewrite needs to know of the advice it defers. */
export type AdviceOf = (start: number, end: number) => string | null;

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
    if (ok) return out;
  }
  return "";
}

/** Thanks for telling: always kept ("Thank you for saying it, Dec."). */
const OWN_SIDE = /^(?:thank(?:s| you) for (?:telling|saying|sharing)|i'?m (?:so |really )?glad you told me)\b/i;

/** A short exclamation with no "you", "why", "but" or question in it: a reaction on the sharer's side. */
function exclaims(raw: string): boolean {
  // Trailing emoji are stepped over by code point, as the cleaner does, so Node and the browser agree.
  let end = raw.trimEnd();
  for (let i = 0; i < 8 && end.length > 0 && endsWithEmoji(end); i++) {
    const last = end.charCodeAt(end.length - 1);
    end = end.slice(0, end.length - (last >= 0xdc00 && last <= 0xdfff ? 2 : 1)).trimEnd();
  }
  return end.endsWith("!") && raw.split(/\s+/).length <= 5 && !/\?|\b(?:you|u|your|why|but|though|just|should|again|always|never|not|lol|haha)\b/i.test(raw);
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

/** Rhetorical questions that carry a defence or a jab on. */
const RHETORICAL =
  /\b(?:want me to (?:fail|just|quit|stop|give up|do everything)|what was i (?:supposed|meant)|when (?:exactly )?(?:was|am) i (?:supposed|meant)|should i have|how am i supposed|what do you want from me|what did you expect)\b/i;

const WARM_MOVES = new Set(["warmth", "empathic_apology"]);
const VALIDATING = new Set(["validation", "naming_feeling", "level_two"]);
/** Moves of a kept sentence that already meet the share's feeling (presence or a question does not). */
const MEETS = new Set(["validation", "naming_feeling", "level_two", "shared_joy", "warmth", "empathic_apology"]);

interface Kept {
  text: string;
  /** a short warm opener ("Oh babe 😭", "Ugh, I'm sorry.") that stays in front */
  opener: boolean;
  ids: Set<string>;
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

/**
 * A better whole reply, or null when the reply already lands (no pitfall, and a kind
 * move) or when nothing would change.
 *
 * @example
 * rewriteReply(prepare("That sounds hard, but you're probably overthinking it."), findings, reading, share, advice)
 * // "That sounds hard. No wonder you feel anxious about the interview. What's sitting heaviest with you?"
 */
export function rewriteReply(prepared: PreparedText, findings: readonly RawFinding[], reading: ShareReading, share: string, adviceOf: AdviceOf): string | null {
  const { text, norm } = prepared;
  if (text.trim().length === 0) return null;
  const pitfalls = findings.filter((f) => f.kind === "pitfall");
  const moves = findings.filter((f) => f.kind === "move");
  if (pitfalls.length === 0 && moves.length > 0) return null;

  const bySentence: RawFinding[][] = prepared.sentences.map(() => []);
  for (const f of findings) bySentence[f.sentence]?.push(f);
  const kept: Kept[] = [];
  const dropped = new Set<string>();
  let advice: string | null = null;
  let interjection: string | null = null;

  prepared.sentences.forEach((span, si) => {
    const here = bySentence[si] ?? [];
    const bad = here.filter((f) => f.kind === "pitfall");
    const good = here.filter((f) => f.kind === "move");
    const raw = text.slice(span.start, span.end).trim();
    if (bad.length === 0) {
      // In a reply with a pitfall, a sentence that does nothing kind is most often the
      // pitfall going on ("Kids don't just bite for nothing.", "I was raging for a week
      // after."): only sentences with a move, or a warm interjection, are kept.
      // Kept too: a short exclamation on their side ("Fifteen! Daylight robbery.", "AHHH LEKKER!!") and thanks for telling.
      if (pitfalls.length > 0 && good.length === 0 && !INTERJECTION.test(raw) && !OWN_SIDE.test(raw) && !exclaims(raw)) return;
      // A defence goes on in a rhetorical question ("Do you want me to fail?"): never kept beside a pitfall.
      if (pitfalls.length > 0 && RHETORICAL.test(raw)) return;
      const ids = new Set(good.map((g) => g.id as string));
      const onlyWarm = good.length > 0 && good.every((g) => WARM_MOVES.has(g.id));
      const short = good.length === 0 && raw.split(/\s+/).length <= 3 && !raw.includes("?");
      kept.push({ text: raw, opener: (onlyWarm || short) && allOpeners(kept), ids });
      return;
    }
    for (const f of bad) {
      dropped.add(f.id);
      if (f.id === "fixing" && advice === null) advice = adviceOf(f.start, f.end);
    }
    // Salvage the lead clauses before the first pitfall when they do something kind.
    const firstBad = Math.min(...bad.map((f) => f.start));
    const cut = clauseCuts(norm, span)
      .filter((c) => c <= firstBad)
      .pop();
    if (cut !== undefined && cut > span.start) {
      const lead = good.filter((g) => g.start < cut && g.end <= firstBad + 1);
      if (lead.length > 0) {
        const onlyWarm = lead.every((g) => WARM_MOVES.has(g.id));
        kept.push({ text: text.slice(span.start, cut), opener: onlyWarm && allOpeners(kept), ids: new Set(lead.map((g) => g.id as string)) });
        return;
      }
    }
    const warm = INTERJECTION.exec(raw);
    // From a pitfall sentence only a soothing opener is salvaged: "Wow, I'm sorry that me trying…" is sarcasm.
    if (warm !== null && interjection === null && kept.length === 0 && !/^(?:wow|god|jeez|omg|oh my god|mate)$/i.test(warm[0])) interjection = warm[0];
  });

  const spec = specificsOf(share, reading);
  const seed = seedOf(share);
  // Good news that also hurts ("excited and gutted") reads as a hard time: both feelings are named.
  const kind = shareKindOf(share, reading, spec.feelings);
  const has = (id: string): boolean => kept.some((k) => k.ids.has(id));
  const parts: string[] = [];
  let lead = 0;
  while (lead < kept.length && kept[lead]?.opener === true) lead++;
  const openers = kept.slice(0, lead);
  const rest = kept.slice(openers.length);
  const GRUMBLE = /^(?:ugh+|oof|god|jeez|eish|oh no|oh god|oh dear|oh man)\b/i;
  const joyfulKind = kind === "achievement" || kind === "moment" || kind === "wish" || kind === "thanks" || kind.startsWith("bid");
  // "Ugh" from a dropped grumble does not open a reply to good news.
  if (interjection !== null && openers.length === 0 && !(joyfulKind && /^(?:ugh|oof|god|jeez|oh no|oh god|oh dear|oh man)/i.test(interjection)))
    parts.push(`${interjection}.`);
  // A grumbled "Ugh." does not open a reply to good news.
  parts.push(...openers.filter((k) => !(joyfulKind && GRUMBLE.test(k.text))).map((k) => k.text));

  // Joy alone does not meet a mixed share ("excited and gutted"): its feelings are named too.
  const mixed = reading.emotions.some((e) => e !== "glad");
  const joyful = kind === "achievement" || kind === "moment" || kind === "wish";
  // A kept sentence of their own that already meets the share (not a bare "Aw.") is
  // not stacked with a line of ours: their words carry it.
  const ownLine = rest.some((k) => [...k.ids].some((id) => MEETS.has(id)));
  const validated = ownLine || [...VALIDATING].some(has) || ((joyful || !mixed) && has("shared_joy"));
  const meet = meetLine(kind, reading, spec, seed, {
    validated,
    apologised: has("empathic_apology"),
    soothed:
      kept.some((k) => k.ids.size > 0 && ![...k.ids].every((id) => id === "presence" || id === "exploration")) ||
      openers.some((k) => SOOTHED.test(k.text)) ||
      (interjection !== null && /^oh no/i.test(interjection)),
    nothingKept: kept.length === 0 && interjection === null,
  });
  if (meet !== "") parts.push(meet);
  parts.push(...rest.map((k) => k.text));
  // Their idea is offered for later only on a hard day or a worry, and only when it can
  // be said cleanly; after a loss, an apology or a joke it is simply left out.
  const weighty = reading.weight >= 0.3 || spec.echo !== null || spec.feelings.length > 0;
  if (dropped.has("fixing") && advice !== null && weighty && (kind === "hard" || kind === "worry"))
    parts.push(fill(OFFER_LATER_ACTION, seed, { action: advice }));
  const last = parts[parts.length - 1] ?? "";
  const saidFeeling = NAMES_FEELING.test(meet) || has("naming_feeling");
  if (!has("exploration") && !last.trim().endsWith("?")) parts.push(question(kind, reading, spec, seed, saidFeeling));
  const result = joinSentences(parts);
  return result === "" || result === text.trim() ? null : result;
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
}

/** The one line that meets what the sharer brought, or "" when the kept words already do. */
function meetLine(kind: ShareKind, reading: ShareReading, spec: Specifics, seed: number, already: Already): string {
  switch (kind) {
    case "loss":
      return already.validated ? "" : fill(LOSS, seed, {});
    case "complaint":
      return already.apologised ? "" : fill(spec.grievance !== null ? OWN_IT : APOLOGY, seed, { grievance: spec.grievance });
    case "apology":
      return fill(THANK_APOLOGY, seed, {});
    case "thanks":
      return fill(ACCEPT_THANKS, seed, {});
    case "bid-miss":
      return fill(BID_MISS, seed, {});
    case "bid-love":
      return fill(BID_LOVE, seed, {});
    case "bid-proud":
      return fill(BID_PROUD, seed, {});
    case "bid-near":
      return fill(BID_NEAR, seed, {});
    case "self-blame":
      return fill(GO_EASY, seed, {});
    case "achievement":
      return already.validated ? "" : withQuote(QUOTE_GLAD, fill(JOY, seed, {}), spec, seed);
    case "moment":
      return already.validated ? "" : withQuote(QUOTE_GLAD, fill(LOVELY, seed, {}), spec, seed);
    case "wish":
      return already.validated ? "" : fill(WISH, seed, {});
    case "light":
      return already.validated ? "" : fill(LIGHT, seed, {});
    case "worry":
      return already.validated
        ? ""
        : withQuote(heavyShare(reading) ? QUOTE_HURT : [], feelingLine(reading, spec, seed, already.soothed, already.nothingKept), spec, seed);
    case "hard": {
      if (already.validated) return "";
      const line = feelingLine(reading, spec, seed, already.soothed, already.nothingKept);
      // No feeling of theirs to name: what happened to them, in their words, beats "that sounds hard".
      const eventFits = spec.quote === null && spec.event !== null && !already.soothed && heavyShare(reading);
      if (!NAMES_FEELING.test(line) && eventFits) return fill(EVENT_SORRY, seed >>> 2, { event: spec.event });
      // Both, when each is short: what happened, then their own feeling ("I hate that Liam's in hospital. Of course you don't know whether to go.").
      if (eventFits && spec.echo !== null && line.includes(spec.echo) && `${spec.event ?? ""} ${spec.echo}`.split(/\s+/).length <= 16) {
        return `${fill(
          EVENT_SORRY.filter((p) => !p.includes("—")),
          seed >>> 2,
          { event: spec.event },
        )} ${line}`;
      }
      return withQuote(heavyShare(reading) ? QUOTE_HURT : [], line, spec, seed);
    }
  }
}

/** A share that carries something heavy: "I hate that {event}" never meets a proud or neutral one. */
function heavyShare(reading: ShareReading): boolean {
  return reading.hardNews || reading.weight >= 0.5 || reading.emotions.some((e) => e !== "glad");
}

/** A phrase they quoted, said back first, when there is one: it is what THIS share is about. */
function withQuote(phrases: readonly Phrase[], line: string, spec: Specifics, seed: number): string {
  if (spec.quote === null || phrases.length === 0) return line;
  const q = fill(phrases, seed >>> 5, { quote: spec.quote });
  // The quote already meets it: only a line that names their feeling is added, never a plain "that sounds hard".
  return line === "" || !NAMES_FEELING.test(line) ? q : `${q} ${line}`;
}

/** A line of ours that says their feeling (not a plain "That sounds really hard."). */
const NAMES_FEELING = /\b(?:no wonder|of course|makes (?:complete |so much )?sense|not surprised)\b/i;

/** A hard time or a worry: its feelings named, or plainly called hard when it is heavy. */
function feelingLine(reading: ShareReading, spec: Specifics, seed: number, soothed = false, nothingKept = false): string {
  // A verdict on oneself ("I feel useless") is not echoed back as fact.
  const named = spec.feelings.filter((f) => !SELF_JUDGEMENT.has(f));
  const feelings = named.every((f) => GLAD_FEELINGS.has(f)) ? [] : named;
  const slots = { feelings: feelings.length > 0 ? feelings.join(" and ") : null, where: spec.where, thing: spec.thing, who: spec.who, situation: "hard" };
  // Their own clause, said back, beats our naming of it: "No wonder you're scared you're going to burn out."
  if (spec.echo !== null && (spec.echo.split(/\s+/).length >= 4 || feelings.length === 0)) return fill(ECHO_FEELING, seed, { echo: spec.echo });
  if (slots.feelings !== null) return fill(spec.where !== null ? NAME_FEELING_WHERE : spec.thing !== null ? NAME_FEELING_THING : NAME_FEELING, seed, slots);
  // Only a share that carries something heavy is called hard ("Work was ok", a new hobby is not).
  if (soothed || (!nothingKept && !reading.hardNews && !reading.emotions.some((e) => e !== "glad") && reading.weight < 0.5)) return "";
  return fill(VALIDATE_PLAIN, seed, slots);
}

function question(kind: ShareKind, reading: ShareReading, spec: Specifics, seed: number, saidFeeling = false): string {
  const slots = { thing: spec.thing, where: spec.where };
  const s = seed >>> 3;
  // Once their feeling is said back, "how are you feeling about it?" asks what they just told us.
  const fill = (phrases: readonly Phrase[], at: number, known: Readonly<Record<string, string | null>>): string =>
    fillSpecific(saidFeeling ? phrases.filter((p) => !/\bfeeling\b|how did that feel/i.test(p)) : phrases, at, known);
  switch (kind) {
    case "loss":
      return fill(ASK_LOSS, s, slots);
    case "complaint":
      return fill(ASK_REPAIR, s, slots);
    // Thanks, an apology or a bid is answered, not questioned.
    case "apology":
    case "thanks":
    case "bid-miss":
    case "bid-love":
    case "bid-proud":
    case "bid-near":
      return "";
    case "self-blame":
      return fill(ASK_SELF_BLAME, s, slots);
    case "achievement":
      return fill(ASK_JOY, s, slots);
    case "moment":
      return fill(ASK_MOMENT, s, slots);
    case "wish":
      return fill(ASK_WISH, s, slots);
    case "light":
      return fill(ASK_LIGHT, s, slots);
    case "worry":
      return fill(ASK_AHEAD, s, slots);
    case "hard":
      if (reading.depth === "surface") return fill(ASK_SURFACE, s, slots);
      return fill(reading.weight >= 0.6 ? ASK_HARD : ASK_SOFT, s, slots);
  }
}
