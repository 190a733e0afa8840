import { z } from "zod";

/**
 * Today: what is waiting for the signed-in person right now. Each item says what kind of
 * thing waits and where to go; none carries anyone's words, and nothing here tells one
 * partner what the other answered privately (a sealed daily answer, a safety check).
 */

/** The partner shared a check-in recently and I have not replied to it yet. */
const partnerShared = z.object({
  kind: z.literal("partner_shared"),
  checkinId: z.string(),
  /** When it was shared (ISO 8601): the screen says "this morning", "yesterday"… */
  sharedAt: z.string(),
});

/** Today's question: I have not answered yet; `partnerAnswered` makes it "your turn to reveal". */
const dailyQuestion = z.object({
  kind: z.literal("daily_question"),
  partnerAnswered: z.boolean(),
});

/** A repair is open and it is my turn in it. */
const repair = z.object({
  kind: z.literal("repair"),
  repairId: z.string(),
  startedByPartner: z.boolean(),
});

/** Replies from my partner to something I shared that I have not opened since. */
const replies = z.object({
  kind: z.literal("replies"),
  targetKind: z.enum(["checkin", "answer"]),
  targetId: z.string(),
  unread: z.number().int().positive(),
});

/** A practice we said we would try together that I have not marked done. */
const practice = z.object({
  kind: z.literal("practice"),
  tryId: z.string(),
  itemId: z.string(),
  title: z.string(),
  invitedByPartner: z.boolean(),
});

/**
 * An open Daily Temperature Reading I have not finished. Apart, `partnerFinished` says
 * their part is done (never what they wrote: that opens only when both are done).
 */
const temperature = z.object({
  kind: z.literal("temperature"),
  readingId: z.string(),
  startedByPartner: z.boolean(),
  partnerFinished: z.boolean(),
});

export const todayItem = z.discriminatedUnion("kind", [partnerShared, dailyQuestion, repair, replies, practice, temperature]);
export type TodayItem = z.infer<typeof todayItem>;
export type TodayKind = TodayItem["kind"];

export const todayView = z.object({
  day: z.string(),
  /** The partner's first name for the sentences; null when not linked (then nothing waits). */
  partnerName: z.string().nullable(),
  items: z.array(todayItem),
});
export type TodayView = z.infer<typeof todayView>;

/** How many things wait: each item counts once, however many replies it holds. */
export const waitingCount = (view: Pick<TodayView, "items">): number => view.items.length;
