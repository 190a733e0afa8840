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
  APOLOGY, ASK_HARD, ASK_JOY, ASK_LOSS, ASK_REPAIR, ASK_SOFT, ASK_SURFACE, GRIEF, HEAR_THEM, INTERJECTION, JOY, LOSS,
  NAME_FEELING, OFFER_LATER_ACTION, PUT_ASIDE, SELF_JUDGEMENT, VALIDATE_PLAIN, type Phrase,
} from "../lexicon/rewrite-phrases.ts";
import type { PreparedText, RawFinding } from "../rules/index.ts";
import type { ShareReading } from "../share.ts";
import type { Span } from "../text/segment.ts";
import { joinSentences } from "./clean.ts";
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

const WARM_MOVES = new Set(["warmth", "empathic_apology"]);
const VALIDATING = new Set(["validation", "naming_feeling", "level_two"]);

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
export function rewriteReply(
  prepared: PreparedText,
  findings: readonly RawFinding[],
  reading: ShareReading,
  share: string,
  adviceOf: AdviceOf,
): string | null {
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
      if (pitfalls.length > 0 && good.length === 0 && !INTERJECTION.test(raw)) return;
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
    const cut = clauseCuts(norm, span).filter((c) => c <= firstBad).pop();
    if (cut !== undefined && cut > span.start) {
      const lead = good.filter((g) => g.start < cut && g.end <= firstBad + 1);
      if (lead.length > 0) {
        const onlyWarm = lead.every((g) => WARM_MOVES.has(g.id));
        kept.push({ text: text.slice(span.start, cut), opener: onlyWarm && allOpeners(kept), ids: new Set(lead.map((g) => g.id as string)) });
        return;
      }
    }
    const warm = INTERJECTION.exec(raw);
    if (warm !== null && interjection === null && kept.length === 0) interjection = warm[0];
  });

  const spec = specificsOf(share, reading);
  const seed = seedOf(share);
  const has = (id: string): boolean => kept.some((k) => k.ids.has(id));
  const grief = GRIEF.test(share.slice(0, 2000)) || reading.hardNews;
  const parts: string[] = [];
  let lead = 0;
  while (lead < kept.length && kept[lead]?.opener === true) lead++;
  const openers = kept.slice(0, lead);
  const rest = kept.slice(openers.length);
  if (interjection !== null && openers.length === 0) parts.push(`${interjection}.`);
  parts.push(...openers.map((k) => k.text));

  // Joy alone does not meet a mixed share ("excited and gutted"): its feelings are named too.
  const mixed = reading.emotions.some((e) => e !== "glad");
  const validated = [...VALIDATING].some(has) || (!mixed && has("shared_joy"));
  const repair = reading.complaint && (dropped.has("defensiveness") || dropped.has("blaming") || dropped.has("minimizing")) && !has("empathic_apology");
  if (repair) parts.push(fill(APOLOGY, seed, {}));
  else if (dropped.has("defensiveness")) parts.push(fill(HEAR_THEM, seed, {}));
  if (!validated && !(repair && spec.feelings.length === 0)) parts.push(feelingLine(reading, spec, seed, grief));
  parts.push(...rest.map((k) => k.text));
  if (dropped.has("making_it_about_me") && !has("presence")) parts.push(fill(PUT_ASIDE, seed, {}));
  // Their idea is offered for later only when it can be said cleanly; a vague "next
  // steps" offer on a small share reads as a form letter.
  if (dropped.has("fixing") && !grief && advice !== null) parts.push(fill(OFFER_LATER_ACTION, seed, { action: advice }));
  const last = parts[parts.length - 1] ?? "";
  if (!has("exploration") && !last.trim().endsWith("?")) parts.push(question(reading, spec, seed, grief, repair));
  const result = joinSentences(parts);
  return result === "" || result === text.trim() ? null : result;
}

/** The line that meets the share: sorrow after a loss, joy for good news, else its feelings named. */
function feelingLine(reading: ShareReading, spec: Specifics, seed: number, grief: boolean): string {
  if (grief) return fill(LOSS, seed, {});
  const onlyGlad = reading.emotions.length > 0 && reading.emotions.every((e) => e === "glad");
  if ((reading.goodNews || onlyGlad) && !reading.emotions.some((e) => e !== "glad") && spec.feelings.every((f) => f === "happy" || f === "excited" || f === "proud" || f === "thrilled" || f === "relieved" || f === "buzzing" || f === "chuffed")) return fill(JOY, seed, {});
  // A verdict on oneself ("I feel useless") is not echoed back as fact.
  const feelings = spec.feelings.filter((f) => !SELF_JUDGEMENT.has(f));
  const slots = { feelings: feelings.length > 0 ? feelings.join(" and ") : null, where: spec.where, thing: spec.thing, who: spec.who, situation: "hard" };
  if (slots.feelings !== null) return fill(NAME_FEELING, seed, slots);
  // Only a share that carries something heavy is called hard ("Work was ok", a new hobby is not).
  if (!reading.hardNews && !reading.emotions.some((e) => e !== "glad") && reading.weight < 0.5) return "";
  return fill(VALIDATE_PLAIN, seed, slots);
}

function question(reading: ShareReading, spec: Specifics, seed: number, grief: boolean, repair: boolean): string {
  const slots = { thing: spec.thing, where: spec.where };
  if (grief) return fill(ASK_LOSS, seed >>> 3, slots);
  if (repair) return fill(ASK_REPAIR, seed >>> 3, slots);
  const heavy = reading.emotions.some((e) => e !== "glad");
  if (!heavy && (reading.goodNews || reading.emotions.includes("glad"))) return fill(ASK_JOY, seed >>> 3, slots);
  if (reading.depth === "surface") return fill(ASK_SURFACE, seed >>> 3, slots);
  // Heavy shares get "the worst part"; lighter ones a softer invitation.
  return fill(reading.weight >= 0.6 ? ASK_HARD : ASK_SOFT, seed >>> 3, slots);
}
