import { pushCopy, type PushKind, type PushPayload } from "@attune/shared";
import type { DomainDeps } from "../domain/deps.ts";
import type { CoupleEvent } from "../events/bus.ts";
import { noticeFor } from "./event-notice.ts";
import { collapse, stillNews } from "./held.ts";
import { inQuietHours, localClock, reminderDueDay } from "./schedule.ts";
import { sendPush, type SendOutcome } from "./sender.ts";
import { loadVapidKeys, type VapidKeys } from "./vapid.ts";

export interface PushOptions {
  /** The operator's key pair and contact (VAPID_*); a pair kept in the database otherwise. */
  vapid?: Partial<VapidKeys>;
  /** Tests only: accept http:// endpoints on loopback (a test push service). Real ones are https. */
  allowLoopbackHttp?: boolean;
  /** Where a failure is reported: kinds and status only, never anyone's words. */
  warn?: (message: string) => void;
  /** Replaced in tests that count what was sent. */
  send?: (sub: Parameters<typeof sendPush>[0], payload: PushPayload, vapid: VapidKeys) => Promise<SendOutcome>;
}

export interface PushService {
  publicKey(): Promise<string>;
  /** Whether a subscription endpoint is one we will post to. */
  acceptsEndpoint(endpoint: string): boolean;
  /** Handles one bus event in the background (see `idle`). */
  onEvent(event: CoupleEvent): void;
  /** Sends the daily reminders that are due now; returns how many people got one. */
  sendDueReminders(): Promise<number>;
  /** Sends what was held through quiet hours that have now ended; returns how many notifications went. */
  releaseHeld(): Promise<number>;
  /** Resolves when every background send started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

export function createPushService(deps: DomainDeps, options: PushOptions = {}): PushService {
  const warn = options.warn ?? (() => {});
  const send = options.send ?? sendPush;
  const pending = new Set<Promise<void>>();
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => {
    keys ??= loadVapidKeys(deps.store, options.vapid ?? {}, deps.now());
    keys.catch(() => (keys = undefined)); // a failed read is tried again next time
    return keys;
  };

  /**
   * Sends to each of the person's devices if they opted in to this kind, after claiming
   * `key` for them in the database: of several server instances hearing the same event,
   * only the one whose claim lands goes on. In the person's quiet hours a partner's notice
   * is held (the claim stands, so an edit does not send it again) and a reminder is not due.
   */
  async function deliver(userId: string, kind: PushKind | "reminder", key: string, payload: PushPayload, now: number, event?: CoupleEvent): Promise<boolean> {
    const subs = await deps.store.push.subscriptionsFor(userId);
    if (subs.length === 0) return false;
    const prefs = await deps.store.push.prefsFor(userId);
    if (!prefs) return false;
    if (kind !== "reminder" && !prefs.kinds.includes(kind)) return false;
    const quiet = inQuietHours(prefs.quietHours, localClock(now, prefs.timeZone).minutes);
    if (quiet && !event) return false;
    if (!(await deps.store.push.claim(`${key}:${userId}`, userId, now))) return false;
    if (quiet && event) {
      await deps.store.push.hold({
        userId,
        key,
        kind,
        event: { coupleId: event.coupleId, type: event.type, id: event.id, actorId: event.actorId },
        heldAt: now,
      });
      return false;
    }
    return sendTo(userId, kind, payload);
  }

  async function sendTo(userId: string, kind: PushKind | "reminder", payload: PushPayload): Promise<boolean> {
    const subs = await deps.store.push.subscriptionsFor(userId);
    const keyPair = await vapid();
    const outcomes = await Promise.all(subs.map(async (sub) => ({ sub, outcome: await send(sub, payload, keyPair) })));
    for (const { sub, outcome } of outcomes) {
      if (outcome === "gone") await deps.store.push.deleteEndpoint(sub.endpoint);
      else if (outcome === "failed") warn(`a ${kind} notification could not be delivered to one device; it is not retried`);
    }
    return outcomes.some((o) => o.outcome === "sent");
  }

  const track = (work: Promise<unknown>) => {
    const p = work.then(
      () => {},
      (error: unknown) => warn(`a notification failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  return {
    publicKey: async () => (await vapid()).publicKey,
    acceptsEndpoint(endpoint) {
      let url: URL;
      try {
        url = new URL(endpoint);
      } catch {
        return false;
      }
      if (url.protocol === "https:") return true;
      return Boolean(options.allowLoopbackHttp) && url.protocol === "http:" && LOOPBACK.has(url.hostname);
    },
    onEvent(event) {
      track(
        (async () => {
          const notice = await noticeFor(deps, event, { onlyWithDevice: true });
          if (notice) await deliver(notice.recipientId, notice.kind, notice.key, notice.payload, deps.now(), event);
        })(),
      );
    },
    async sendDueReminders() {
      const now = deps.now();
      let sent = 0;
      for (const prefs of await deps.store.push.withReminder()) {
        const day = reminderDueDay(prefs, now);
        if (!day) continue;
        // Someone who already checked in today needs no reminder.
        const [latest] = await deps.store.checkins.history(prefs.userId, null, 1);
        if (latest?.day === day) continue;
        const key = `reminder:${day}`;
        const payload: PushPayload = { kind: "reminder", title: "Attune", body: pushCopy.reminder(), url: "/check-in", tag: "reminder" };
        if (await deliver(prefs.userId, "reminder", key, payload, now)) sent++;
      }
      return sent;
    },
    async releaseHeld() {
      const now = deps.now();
      let sent = 0;
      for (const userId of await deps.store.push.withHeld()) {
        const prefs = await deps.store.push.prefsFor(userId);
        if (prefs && inQuietHours(prefs.quietHours, localClock(now, prefs.timeZone).minutes)) continue;
        // Taken in one statement: of several instances, one sends; a failed send is not retried.
        const held = await deps.store.push.takeHeld(userId);
        const news = (await Promise.all(held.map((h) => stillNews(deps, h)))).filter((n) => n !== undefined);
        const wanted = news.filter((n) => prefs?.kinds.includes(n.kind));
        const partner = held[0] ? await deps.store.users.findById(held[0].event.actorId) : undefined;
        if (!partner) continue;
        for (const { kind, payload } of collapse(wanted, partner.displayName)) if (await sendTo(userId, kind, payload)) sent++;
      }
      return sent;
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
