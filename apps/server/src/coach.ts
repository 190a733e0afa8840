import { analyze } from "@attune/coach";
import type { ReplyCoach } from "./domain/deps.ts";

/** The server runs the same offline coach as the browser and keeps only its verdict. */
export const replyCoach: ReplyCoach = (share, reply, partnerNotes) => {
  const result = analyze({ share, reply, ...(partnerNotes ? { partnerNotes } : {}) });
  return { level: result.level ?? 0, pitfalls: [...(result.pitfalls ?? [])], moves: [...(result.moves ?? [])] };
};
