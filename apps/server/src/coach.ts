import { analyze, rankNotes } from "@attune/coach";
import type { ReplyCoach } from "./domain/deps.ts";

/**
 * The server runs the same offline coach as the browser and keeps only its verdict.
 * Like the composer, it passes the replier's most relevant partner-map notes (at most
 * three) so Level Two replies are recognised the same way on both sides.
 */
export const replyCoach: ReplyCoach = (share, reply, partnerNotes) => {
  const notes = partnerNotes?.length ? rankNotes(share, partnerNotes.map((text, i) => ({ id: String(i), text }))).map((r) => partnerNotes[Number(r.id)] ?? "") : [];
  const result = analyze({ share, reply, ...(notes.length ? { partnerNotes: notes } : {}) });
  return { level: result.level, pitfalls: [...result.pitfalls], moves: [...result.moves] };
};
