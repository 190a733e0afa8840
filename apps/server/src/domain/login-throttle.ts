import { createHash } from "node:crypto";
import type { Store } from "../storage/store.ts";
import { DomainError } from "./errors.ts";

/**
 * Who a failed login is counted against. Failures are kept in the database (so every
 * instance sees the same counts) under hashed keys: never a raw email or address.
 *
 * - "device": an attempt from a browser with a valid device cookie for the account is
 *   counted against that device only.
 * - "account" and "address": every other attempt is counted against the account it
 *   names and against the client address it came from.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Untrusted failures per account in the window before untrusted logins to it pause. */
export const ACCOUNT_MAX_FAILURES = 10;
/** Failures per known device in the window before that device pauses. */
export const DEVICE_MAX_FAILURES = 10;
/** Untrusted failures per client address in the window (a household may share one). */
export const ADDRESS_MAX_FAILURES = 30;

type Scope = "account" | "device" | "address";

const LIMIT: Record<Scope, number> = { account: ACCOUNT_MAX_FAILURES, device: DEVICE_MAX_FAILURES, address: ADDRESS_MAX_FAILURES };

const MESSAGE: Record<Scope, (minutes: number) => string> = {
  account: (m) =>
    `Too many failed attempts on this account from devices it hasn't used before, so new devices must wait ${m} minute(s). ` +
    "You can still log in on a device you've used Attune on before, or reset your password.",
  device: (m) => `Too many failed attempts on this device. Please wait ${m} minute(s) and try again, or reset your password.`,
  address: (m) => `Too many failed attempts from your network. Please wait ${m} minute(s) and try again, or reset your password.`,
};

const hashed = (label: string, value: string) => createHash("sha256").update(`${label}:${value}`).digest("hex");

export interface ThrottleKey {
  scope: Scope;
  key: string;
}

/** The existing "login:" prefix keeps failures counted before device cookies existed. */
export const accountKey = (email: string): ThrottleKey => ({ scope: "account", key: hashed("login", email) });
export const deviceKey = (nonce: string): ThrottleKey => ({ scope: "device", key: hashed("device", nonce) });
export const addressKey = (address: string): ThrottleKey => ({ scope: "address", key: hashed("address", address) });

/** Throws 429 (with Retry-After) if any of `keys` has reached its limit in the window. */
export async function refuseIfThrottled(store: Store, keys: ThrottleKey[], now: number): Promise<void> {
  for (const { scope, key } of keys) {
    const failures = await store.loginFailures.since(key, now - LOGIN_WINDOW_MS);
    const limit = LIMIT[scope];
    if (failures.length < limit) continue;
    // Attempts resume when enough failures have aged out of the window.
    const oldest = failures[failures.length - limit] ?? now;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now) / 1000));
    throw new DomainError("rate_limited", MESSAGE[scope](Math.ceil(retryAfterSeconds / 60)), { retryAfterSeconds });
  }
}

export async function recordFailure(store: Store, keys: ThrottleKey[], now: number): Promise<void> {
  for (const { key } of keys) await store.loginFailures.record(key, now);
}
