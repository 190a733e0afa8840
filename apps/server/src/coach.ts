import { analyze, notesForCoach, type PartnerNote } from "@attune/coach";
import type { ReplyCoach } from "./domain/deps.ts";

/**
 * The server runs the same offline coach as the browser and keeps only its verdict.
 * The notes that reach it are chosen by the coach's own `notesForCoach` (category and
 * the partner's corrections included), the very function the composer uses, so the
 * stored verdict rests on the notes the replier saw.
 */
export const replyCoach: ReplyCoach = (share, reply, partnerNotes?: readonly PartnerNote[]) => {
  const notes = partnerNotes?.length ? notesForCoach(share, partnerNotes) : [];
  const result = analyze({ share, reply, ...(notes.length ? { partnerNotes: notes } : {}) });
  return { level: result.level, pitfalls: [...result.pitfalls], moves: [...result.moves] };
};
