/**
 * What the server's live stream (/api/events) announces about the partner's actions:
 * ids only, never text. The server publishes these; the web app listens for them.
 */
export const PARTNER_EVENT_TYPES = ["checkin", "reply", "feedback", "answer", "note", "readiness", "try", "repair", "temperature", "couple"] as const;
export type PartnerEventType = (typeof PARTNER_EVENT_TYPES)[number];
