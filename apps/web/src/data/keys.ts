import type { PartnerEventType, THERAPIST_EVENT } from "@attune/shared";

/**
 * Query keys, by area. A key's first element names the area so a live event can mark the
 * whole area stale at once; screens add their own parts after it (ids, filters, pages).
 */
export const keys = {
  me: ["me"],
  /** Where I am logged in (Account); not moved by partner events. */
  sessions: ["sessions"],
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
  // Sharing with a therapist: a couple's grants and a therapist's clients ("therapist-grant" events).
  therapist: ["therapist"],
  // Parts of an area, for one screen's query (the area's live events reach them too).
  history: ["checkins", "history"],
  checkinToday: (day: string) => ["checkins", "today", day] as const,
  checkin: (id: string) => ["checkins", "one", id] as const,
  replyThread: (kind: "checkin" | "answer", id: string) => ["replies", kind, id] as const,
  dailyOf: (day: string) => ["daily", day] as const,
  readinessMine: ["readiness", "mine"],
  readinessPartner: ["readiness", "partner"],
  libraryState: ["library", "state"],
  recommendations: ["library", "recommendations"],
  repairCurrent: ["repair", "current"],
  repairOne: (id: string) => ["repair", "one", id] as const,
  therapistGrants: ["therapist", "grants"],
  therapistInvite: (code: string) => ["therapist", "invite", code] as const,
  therapistGrant: (id: string, part: "log" | "exclusions" | "summary", ...rest: string[]) => ["therapist", "grant", id, part, ...rest] as const,
  therapistClients: ["therapist", "clients"],
  therapistClient: (id: string, part: "log" | "summary", ...rest: string[]) => ["therapist", "client", id, part, ...rest] as const,
  // Under Today: the partner's answer or a new link marks it stale too.
  moments: (day: string) => ["today", "moments", day] as const,
  // Not changed by the partner: no live event needed.
  prefs: ["prefs"],
  /** Everything that is mine, for the printable page (read fresh on each visit). */
  myData: ["my-data"],
  prompt: (day: string) => ["prompt", day] as const,
  /** Help services for a country: the same for everyone, so no live event changes them. */
  help: (country: string) => ["help", country] as const,
  /** Who sent a couple invite, before it is accepted. */
  invite: (code: string) => ["invite", code] as const,
} as const;

/** The daily loop's lists and check-ins, which a check-in or reply of mine changes. */
export const LOOP_AREAS = [keys.timeline, keys.checkins] as const;

type AreaKey = readonly string[];

/**
 * What each live event from the partner makes stale. The server announces ids only, never
 * text; the affected screens then ask again through their queries.
 */
export type LiveEventName = PartnerEventType | typeof THERAPIST_EVENT;

export const STALE_AFTER: Record<LiveEventName, readonly AreaKey[]> = {
  checkin: [keys.timeline, keys.checkins, keys.today, keys.insights],
  reply: [keys.timeline, keys.checkins, keys.replies, keys.today, keys.insights],
  feedback: [keys.timeline, keys.checkins, keys.replies, keys.today, keys.insights],
  answer: [keys.daily, keys.today],
  note: [keys.partnerMap],
  readiness: [keys.readiness],
  try: [keys.library, keys.today],
  repair: [keys.repair, keys.today],
  temperature: [keys.temperature, keys.today],
  // Unlinking ends every therapist grant of the couple.
  couple: [keys.me, keys.today, keys.therapist],
  // A grant changed (consent, scopes, revoke, expiry): its screens look again, and a
  // therapist's open page learns at once that access ended.
  "therapist-grant": [keys.therapist],
};
