import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Store } from "../storage/store.ts";

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a
 * browser that has signed in to an account carries a signed token naming that account.
 * Its login attempts are counted against that one device, so failures elsewhere never
 * lock the real person out of a device they have used before.
 *
 * The cookie is "<user id>.<nonce>.<signature>"; the signature is an HMAC under a key kept
 * in the database, so every instance accepts the cookies of every other.
 */
export const DEVICE_COOKIE_TTL_MS = 365 * 24 * 3600 * 1000;

const KEY_NAME = "device-cookie-key";
const keys = new WeakMap<Store, Promise<Buffer>>();

function signingKey(store: Store, now: number): Promise<Buffer> {
  let key = keys.get(store);
  if (!key) {
    key = store.secrets.getOrCreate(KEY_NAME, randomBytes(32).toString("base64url"), now).then((v) => Buffer.from(v, "base64url"));
    // A failed read must not be cached: the next login tries again.
    key.catch(() => keys.delete(store));
    keys.set(store, key);
  }
  return key;
}

const sign = (key: Buffer, userId: string, nonce: string) => createHmac("sha256", key).update(`device:v1:${userId}.${nonce}`).digest("base64url");

/** A fresh device cookie value for the account. */
export async function issueDeviceCookie(store: Store, userId: string, now: number): Promise<string> {
  const nonce = randomBytes(16).toString("base64url");
  return `${userId}.${nonce}.${sign(await signingKey(store, now), userId, nonce)}`;
}

/** The device's nonce when `cookie` is a genuine device cookie for `userId`; otherwise undefined. */
export async function deviceNonceFor(store: Store, cookie: string | undefined, userId: string, now: number): Promise<string | undefined> {
  if (!cookie) return undefined;
  const parts = cookie.split(".");
  if (parts.length !== 3) return undefined;
  const [owner, nonce, signature] = parts as [string, string, string];
  if (owner !== userId || nonce.length === 0) return undefined;
  const expected = Buffer.from(sign(await signingKey(store, now), owner, nonce));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : undefined;
}
