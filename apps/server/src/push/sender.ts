import webpush from "web-push";
import type { PushPayload } from "@attune/shared";
import type { PushSubscriptionRecord } from "../storage/store.ts";
import type { VapidKeys } from "./vapid.ts";

export type SendOutcome = "sent" | "gone" | "failed";

/** How long a push service may hold a notification for a phone that is off: after that it is stale. */
const TTL_SECONDS = 12 * 3600;
const TIMEOUT_MS = 10_000;

/**
 * Encrypts the payload for the device (RFC 8291, aes128gcm) and signs the request with
 * VAPID (RFC 8292) through web-push, then posts it with fetch (no redirects, a timeout).
 * "gone": the push service says the subscription no longer exists (404/410).
 */
export async function sendPush(sub: PushSubscriptionRecord, payload: PushPayload, vapid: VapidKeys): Promise<SendOutcome> {
  const details = webpush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(payload), {
    vapidDetails: vapid,
    TTL: TTL_SECONDS,
    contentEncoding: "aes128gcm",
    urgency: "normal",
  });
  const headers = Object.fromEntries(
    Object.entries(details.headers)
      .filter(([name]) => name.toLowerCase() !== "content-length")
      .map(([name, value]) => [name, String(value)]),
  );
  try {
    const res = await fetch(details.endpoint, {
      method: "POST",
      headers,
      ...(details.body ? { body: new Uint8Array(details.body) } : {}),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.status === 404 || res.status === 410) return "gone";
    return res.ok ? "sent" : "failed";
  } catch {
    return "failed";
  }
}
