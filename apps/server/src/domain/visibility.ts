import type { CheckinRecord, ReplyRecord } from "../storage/store.ts";

/**
 * The one rule of who reads a check-in: its author always; the partner only while it
 * is shared within the couple they are both in now. After an unlink, each person's
 * entries are readable by their author only.
 */
export function canReadCheckin(checkin: CheckinRecord, viewerId: string, viewerCoupleId: string | null): boolean {
  if (checkin.authorId === viewerId) return true;
  return checkin.visibility === "shared" && checkin.coupleId !== null && checkin.coupleId === viewerCoupleId;
}

/** A reply is read by its author, and by the couple it was written in while that couple lasts. */
export function canReadReply(reply: ReplyRecord, viewerId: string, viewerCoupleId: string | null): boolean {
  return reply.authorId === viewerId || reply.coupleId === viewerCoupleId;
}
