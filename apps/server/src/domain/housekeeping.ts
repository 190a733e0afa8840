import { LOGIN_WINDOW_MS } from "./login-throttle.ts";
import type { DomainDeps } from "./deps.ts";

/** Rate-limit windows are a minute; a day's margin keeps any window in use. */
const RATE_LIMIT_KEEP_MS = 24 * 3600 * 1000;
/** An expired invite still says "this invite has expired" (not "not found") for a month. */
export const EXPIRED_INVITE_KEEP_MS = 30 * 24 * 3600 * 1000;

/** A notification claim stops an edit from notifying again; after a month that no longer matters. */
const PUSH_CLAIM_KEEP_MS = 30 * 24 * 3600 * 1000;

export interface SweepResult {
  sessions: number;
  invites: number;
  rateLimits: number;
  resets: number;
}

/**
 * Forgets what has stopped mattering: expired sessions (a device's sign-in should not
 * outlive its expiry in the database), invites that expired unused a month ago, login failures
 * older than the lockout window, finished rate-limit windows and password-reset codes
 * that expired unused. Safe to run on several instances at once.
 */
export async function sweepExpired(deps: DomainDeps): Promise<SweepResult> {
  const now = deps.now();
  const sessions = await deps.store.sessions.deleteExpired(now);
  const invites = await deps.store.invites.deleteExpiredUnused(now - EXPIRED_INVITE_KEEP_MS);
  await deps.store.loginFailures.prune(now - LOGIN_WINDOW_MS);
  const rateLimits = await deps.store.rateLimits.prune(now - RATE_LIMIT_KEEP_MS);
  const resets = await deps.store.passwordResets.deleteExpired(now);
  await deps.store.push.pruneClaims(now - PUSH_CLAIM_KEEP_MS);
  return { sessions, invites, rateLimits, resets };
}
