import type { InsightReplyRow, InsightShareRow } from "../store.ts";

/** Rows as insights read them, from columns or from the same values in PostgreSQL's JSON (insights-reads.ts). */
const list = (s: string | null) => (s ? s.split(",") : []);

/** Replies to a check-in mostly answer one of the last days': those are read by range (checkins_insights_idx), older ones by id. */
export const RECENT_CHECKIN_DAYS = 14;
export const recentFromDay = (since: number): string => new Date(since - RECENT_CHECKIN_DAYS * 86_400_000).toISOString().slice(0, 10);

/** A check-in row as insights read it (columns, or the same values from PostgreSQL's JSON). */
export function shareRow(r: {
  id: string;
  author_id: string;
  couple_id: string | null;
  day: string;
  visibility: string;
  mad: number;
  sad: number;
  glad: number;
  fear: number;
  created_at: number | string;
  inner_layer: number | null;
  words: string | null;
}): InsightShareRow {
  return {
    id: r.id,
    authorId: r.author_id,
    coupleId: r.couple_id,
    day: r.day,
    visibility: r.visibility === "shared" ? "shared" : "private",
    emotions: { mad: r.mad, sad: r.sad, glad: r.glad, fear: r.fear },
    createdAt: Number(r.created_at),
    inner: r.inner_layer === null ? null : r.inner_layer === 1,
    words: list(r.words),
  };
}

/** A reply row as insights read it, once whom it answers (`toId`) is known. */
export function replyRow(
  r: {
    target_kind: string;
    target_id: string;
    author_id: string;
    created_at: number | string;
    coach_level: number | null;
    coach_pitfalls: string | null;
    feedback_heard: number | null;
    feedback_at: number | string | null;
  },
  toId: string,
): InsightReplyRow {
  return {
    targetKind: r.target_kind === "answer" ? "answer" : "checkin",
    targetId: r.target_id,
    authorId: r.author_id,
    toId,
    createdAt: Number(r.created_at),
    level: r.coach_level,
    pitfalls: list(r.coach_pitfalls),
    heard: r.feedback_heard === null ? null : r.feedback_heard === 1,
    heardAt: r.feedback_at === null ? null : Number(r.feedback_at),
  };
}
