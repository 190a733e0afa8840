/**
 * Which partner-map notes reach the coach, in one place for the browser composer and
 * the server (a copy in each would drift: the browser once ranked with categories and
 * the server without, so the stored verdict could rest on other notes than the ones
 * shown). A note the partner corrected reaches the coach in the partner's own words:
 * the correction is what is true now.
 */
import { rankNotes } from "./rank.ts";

/** A partner-map note as both the server's store and the browser's API give it. */
export interface PartnerNote {
  id: string;
  text: string;
  /** partner-map category ("what-helps", "old-wounds", …) */
  category?: string | null;
  /** the partner's answer: "corrected" with their own words replaces the note's text */
  response?: { status: "confirmed" | "corrected"; correction: string | null } | null;
}

/** The text the coach should read for a note: the partner's correction when there is one. */
export function currentText(note: PartnerNote): string {
  const correction = note.response?.status === "corrected" ? note.response.correction?.trim() : undefined;
  return correction !== undefined && correction !== "" ? correction : note.text;
}

/**
 * The notes (at most three, best first, corrections applied) that reach the coach for a
 * share. Pure and deterministic: the same notes give the same list on both sides.
 *
 * @example
 * notesForCoach("Rough day, I just want to curl up", [
 *   { id: "a", category: "what-helps", text: "Tea and a hug help", response: { status: "corrected", correction: "Tea yes, but a hug first only if I ask" } },
 * ]) // ["Tea yes, but a hug first only if I ask"] when it is relevant to the share
 */
export function notesForCoach(share: string, notes: readonly PartnerNote[]): string[] {
  if (typeof share !== "string" || share.trim() === "" || !Array.isArray(notes) || notes.length === 0) return [];
  const byId = new Map<string, string>();
  const inputs = notes.map((n, i) => {
    // ids are unique per store; the index keeps a duplicate (or missing) id from hiding a note
    const id = `${i}:${n.id}`;
    const text = currentText(n);
    byId.set(id, text);
    // A correction amends its note: the topic of either wording can make it relevant,
    // but only the partner's own words reach the coach.
    const ranked = text === n.text ? text : `${n.text}\n${text}`;
    return n.category ? { id, text: ranked, category: n.category } : { id, text: ranked };
  });
  return rankNotes(share, inputs).flatMap((r) => {
    const text = byId.get(r.id);
    return text === undefined ? [] : [text];
  });
}
