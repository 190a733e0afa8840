import type { PartnerEventType } from "@attune/shared";

/**
 * Query keys, by area. A key's first element names the area so a live event can mark the
 * whole area stale at once; screens add their own parts after it (ids, filters, pages).
 */
export const keys = {
  me: ["me"],
  timeline: ["timeline"],
  checkins: ["checkins"],
  replies: ["replies"],
  daily: ["daily"],
  library: ["library"],
  partnerMap: ["partner-map"],
  readiness: ["readiness"],
  repair: ["repair"],
  today: ["today"],
  insights: ["insights"],
  temperature: ["temperature"],
} as const;

type AreaKey = (typeof keys)[keyof typeof keys];

/**
 * What each live event from the partner makes stale. The server announces ids only, never
 * text; the affected screens then ask again through their queries.
 */
export const STALE_AFTER: Record<PartnerEventType, readonly AreaKey[]> = {
  checkin: [keys.timeline, keys.checkins, keys.today, keys.insights],
  reply: [keys.timeline, keys.checkins, keys.replies, keys.today, keys.insights],
  feedback: [keys.timeline, keys.checkins, keys.replies, keys.today, keys.insights],
  answer: [keys.daily, keys.today],
  note: [keys.partnerMap],
  readiness: [keys.readiness],
  try: [keys.library, keys.today],
  repair: [keys.repair, keys.today],
  temperature: [keys.temperature, keys.today],
  couple: [keys.me, keys.today],
};
