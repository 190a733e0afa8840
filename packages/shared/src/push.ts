import { z } from "zod";

/**
 * Gentle notifications (Web Push): what a person can opt in to, per kind, and the shape
 * of what the service worker receives. The words a notification shows are in
 * `pushCopy` below, the one place both the server (which sends them) and the web app
 * (which previews them in settings) read them from.
 */
export const PUSH_KINDS = ["checkin", "reply", "heard", "answer", "practice", "repair"] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

/** What each kind means, for the settings screen. */
export const PUSH_KIND_LABELS: Record<PushKind, string> = {
  checkin: "My partner shared a check-in",
  reply: "My partner replied to me",
  heard: "My partner said they felt heard",
  answer: "My partner answered today's question",
  practice: "My partner invited me to try a practice",
  repair: "My partner started or moved a repair conversation",
};

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const clockTimeSchema = z.string().regex(HH_MM, "Use a time like 07:30.");

/** An IANA time zone the runtime knows ("Europe/Lisbon"); the reminder and quiet hours follow it. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "That time zone is not one we know.");

export const pushPrefs = z.object({
  kinds: z.array(z.enum(PUSH_KINDS)).max(PUSH_KINDS.length),
  /** One gentle reminder a day at this local time, or none. */
  reminderTime: clockTimeSchema.nullable(),
  /** No notification at all between these local times (may cross midnight), or none. */
  quietHours: z.object({ from: clockTimeSchema, to: clockTimeSchema }).nullable(),
  timeZone: timeZoneSchema,
});
export type PushPrefs = z.infer<typeof pushPrefs>;

export const pushSettingsView = z.object({
  prefs: pushPrefs,
  /** Whether this device (this session) receives them. */
  thisDevice: z.boolean(),
  /** The server's VAPID public key (base64url), for PushManager.subscribe. */
  publicKey: z.string(),
});
export type PushSettingsView = z.infer<typeof pushSettingsView>;

const base64url = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "Expected base64url.")
    // Decoded length without decoding (this module runs in the browser too).
    .refine((s) => Math.floor((s.replace(/=+$/, "").length * 3) / 4) === bytes, `Expected ${bytes} bytes.`);

/** What PushSubscription.toJSON() gives, minus expirationTime. */
export const pushSubscriptionBody = z.object({
  endpoint: z.string().url().max(2048),
  keys: z.object({ p256dh: base64url(65), auth: base64url(16) }),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;

export const pushUnsubscribeBody = z.object({ endpoint: z.string().url().max(2048) });

/** What the service worker receives: no one's words, only what to show and where to go. */
export const pushPayload = z.object({
  kind: z.enum([...PUSH_KINDS, "reminder"]),
  title: z.string(),
  body: z.string(),
  /** An in-app path ("/checkins/…"), opened when the notification is clicked. */
  url: z.string().startsWith("/"),
  /** Replaces an earlier notification of the same tag instead of stacking. */
  tag: z.string(),
});
export type PushPayload = z.infer<typeof pushPayload>;

/** A first name only, and never long: a lock screen is seen by others. */
export const firstName = (displayName: string): string => (displayName.trim().split(/\s+/)[0] ?? "").slice(0, 30) || "Your partner";

/**
 * The words of each notification: kind and first name only, never what anyone wrote,
 * never a count, a streak or a reproach.
 */
export const pushCopy = {
  checkin: (name: string) => `${name} shared a check-in — when you have a moment`,
  reply: (name: string) => `${name} replied — when you have a moment`,
  heard: (name: string) => `${name} felt heard by your reply`,
  answerYourTurn: (name: string) => `${name} answered today's question — your turn, whenever you like`,
  answerReveal: (name: string) => `${name} answered today's question — you can see both answers now`,
  practice: (name: string) => `${name} invited you to try a practice together`,
  repairStarted: (name: string) => `${name} started a repair conversation — whenever you're ready`,
  repairMoved: (name: string) => `${name} took the next step in your repair conversation`,
  reminder: () => "A quiet moment for you two? Check in whenever you're ready.",
} as const;

/** "two", then "a few": notices held through quiet hours, collapsed, never a growing number. */
const several = (n: number) => (n === 2 ? "two" : "a few");

/**
 * One notification for several of a kind held through quiet hours ("Ana shared two
 * check-ins"), with the screen that lists them. Answers and repairs send only the latest.
 */
export const pushCopyCollapsed = {
  checkin: (name: string, n: number) => ({ body: `${name} shared ${several(n)} check-ins — when you have a moment`, url: "/" }),
  reply: (name: string, n: number) => ({ body: `${name} replied ${n === 2 ? "twice" : "a few times"} — when you have a moment`, url: "/" }),
  heard: (name: string) => ({ body: `${name} felt heard by your replies`, url: "/timeline" }),
  practice: (name: string, n: number) => ({ body: `${name} invited you to try ${several(n)} practices together`, url: "/library" }),
} as const;
