/**
 * Stage 4: context. The same words mean different things depending on the share and
 * on what else the reply does: advice that was asked for is not fixing; "don't worry
 * about dinner" is an offer, not a dismissal; "amazing!" is shared joy only for good
 * news; a move said inside a pitfall ("no point feeling guilty") is not a move.
 */
import { JOYFUL_VALIDATION, SORRY, SORRY_FOR_THEM, WH_QUESTION } from "../lexicon/context.ts";
import { MOOD_GLAD_CUE, MOOD_HEAVY_CUE, MOOD_RELIEF } from "../lexicon/rewrite.ts";
import type { ShareReading } from "../share.ts";
import { normalize } from "../text/normalize.ts";
import type { Span } from "../text/segment.ts";
import type { RawFinding } from "./scan.ts";

const PITFALL_QUESTIONS: ReadonlySet<string> = new Set([
  "why_question",
  "problem_solving_question",
  "fixing",
  "making_it_about_me",
  "blaming",
  "minimizing",
  "defensiveness",
]);

function overlaps(a: RawFinding, b: RawFinding): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(inner: RawFinding, outer: RawFinding): boolean {
  return inner.start >= outer.start && inner.start < outer.end;
}

/** The share's own words say it hurt, and neither joy nor relief ("Not pregnant. Which is fine."). */
function hurtInWords(shareText: string): boolean {
  const low = normalize(shareText.slice(0, 2000));
  return MOOD_HEAVY_CUE.test(low) && !MOOD_GLAD_CUE.test(low) && !MOOD_RELIEF.test(low);
}

/**
 * Resolves raw findings against the share and each other. Returns a new list.
 *
 * @example
 * // share asks "what should I do?": fixing findings are dropped
 */
export function applyContext(raw: readonly RawFinding[], share: ShareReading, norm = "", sentences: readonly Span[] = [], shareText = ""): RawFinding[] {
  let list = raw.map((f) => ({ ...f }));

  // "Phew" meets a share whose own words say it hurt ("Not pregnant. Which is fine.") as good news: minimizing. Anywhere
  // else relief is shared, and so it is where the sharer is relieved too ("He's fine… Honestly I'm just relieved.").
  if (list.some((f) => f.tag === "reliefAtHurt") && !hurtInWords(shareText)) list = list.filter((f) => f.tag !== "reliefAtHurt");

  // When the share is about something the replier did, their "sorry" owns it: an apology.
  if (share.complaint) {
    for (const f of list) {
      if (f.id === "warmth" && SORRY.test(norm.slice(f.start, f.end)) && !SORRY_FOR_THEM.test(norm.slice(f.start, f.end))) f.id = "empathic_apology";
    }
  }

  // On good news, "that's huge" and "that must have felt so good" celebrate: shared joy.
  if (share.goodNews) {
    for (const f of list) {
      if (f.id === "validation" && JOYFUL_VALIDATION.test(norm.slice(f.start, f.end))) f.id = "shared_joy";
    }
  }

  // "Don't worry about dinner, I've got it" takes a load off them: presence.
  for (const f of list) {
    if (f.id === "minimizing" && f.tag === "taskWorry") {
      f.kind = "move";
      f.id = "presence";
    }
  }

  // Suggestions the sharer asked for are welcome.
  if (share.asksAdvice) list = list.filter((f) => f.id !== "fixing");

  // A wh-question asks what they think; it does not hand them a fix.
  list = list.filter((f) => {
    if (f.id !== "fixing") return true;
    const sp = sentences[f.sentence];
    return sp === undefined || !WH_QUESTION.test(norm.slice(sp.start, sp.end).trimStart());
  });

  // A bare imperative that is really a dismissal ("chin up", "shake it off"), a care
  // offer ("go lie down") or an invitation is not advice.
  list = list.filter(
    (f) =>
      !(f.id === "fixing" && f.tag === "imperative") ||
      !list.some((g) => g !== f && g.sentence === f.sentence && (g.id === "minimizing" || g.id === "presence") && overlaps(f, g) && g.start <= f.start + 12),
  );

  // "I had a day like that too, but…" is weak evidence; drop it when the sentence turns to them.
  const pitfalls = list.filter((f) => f.kind === "pitfall");
  list = list.filter((f) => {
    if (f.kind !== "move") return true;
    // A move inside a pitfall's clause is part of the pitfall ("no point feeling guilty").
    if (pitfalls.some((p) => (p.id !== "fixing" || f.tag === "broad") && inside(f, p) && f.id !== "level_two")) return false;
    if (f.id === "exploration" && f.tag === "question") {
      // A question that presses, blames or advises is not exploration.
      if (pitfalls.some((p) => p.sentence === f.sentence && PITFALL_QUESTIONS.has(p.id) && overlaps(f, p))) return false;
      if (list.some((g) => g.id === "presence" && g.sentence === f.sentence && overlaps(f, g) && g.start <= f.start)) return false;
    }
    if (f.id === "shared_joy" && f.tag === "generic" && !share.goodNews) return false;
    if (f.id === "warmth" && f.tag === "interjection" && share.goodNews) return false;
    return true;
  });

  // The replier's own story is not hijacking when it answers a complaint about them
  // (that is defence), when it is the inconvenience itself (making it about me), or
  // when a brief "me too" turns straight back to them with a question.
  const aboutMe = list.filter((f) => f.id === "making_it_about_me" || f.id === "defensiveness");
  const asks = list.some((f) => f.id === "exploration");
  list = list.filter((f) => {
    if (f.id !== "hijacking" || (f.tag !== "ownStory" && f.tag !== "ownToo" && f.tag !== "weak")) return true;
    if (share.complaint) return false;
    if (aboutMe.some((g) => g.sentence === f.sentence)) return false;
    if (f.tag === "ownToo" && asks) return false;
    return true;
  });

  // Warmth that is an apology for one's own act is the apology, not warmth.
  const apologies = list.filter((f) => f.id === "empathic_apology");
  list = list.filter((f) => !(f.id === "warmth" && apologies.some((a) => overlaps(a, f))));

  list.sort((a, b) => a.start - b.start || a.end - b.end);
  return list;
}
