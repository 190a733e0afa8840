/**
 * This browser's side of notifications: whether it can receive them, and subscribing or
 * unsubscribing its push endpoint. Permission is asked only from a button press.
 */
const SUBSCRIBE_TIMEOUT_MS = 15_000;

export type DeviceSupport = "supported" | "unsupported" | "blocked";

export function deviceSupport(): DeviceSupport {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return "unsupported";
  return Notification.permission === "denied" ? "blocked" : "supported";
}

const keyBytes = (base64url: string): Uint8Array<ArrayBuffer> => {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
};

/** Asks permission (the browser's own prompt), then subscribes; what to send the server. */
export async function subscribeThisDevice(publicKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string } }> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new Error(permission === "denied" ? "blocked" : "dismissed");
  const registration = await navigator.serviceWorker.ready;
  const existing = await registration.pushManager.getSubscription();
  // A browser whose push service cannot be reached may never answer: give up kindly.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("incomplete")), SUBSCRIBE_TIMEOUT_MS));
  const subscription =
    existing ?? (await Promise.race([registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }), timeout]));
  const json = subscription.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) throw new Error("incomplete");
  return { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } };
}

/** Unsubscribes this browser; returns the endpoint it had, if any. */
export async function unsubscribeThisDevice(): Promise<string | undefined> {
  if (!("serviceWorker" in navigator)) return undefined;
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return undefined;
  const endpoint = subscription.endpoint;
  await subscription.unsubscribe();
  return endpoint;
}
