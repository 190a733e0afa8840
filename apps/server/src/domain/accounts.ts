import type { ChangePasswordBody, LoginBody, SignupBody } from "@attune/shared";
import { UniqueViolation, type SessionRecord, type UserRecord } from "../storage/store.ts";
import { personChannel } from "../events/bus.ts";
import type { DomainDeps } from "./deps.ts";
import { issueDeviceCookie, deviceNonceFor } from "./device-cookies.ts";
import { DomainError } from "./errors.ts";
import { accountKey, addressKey, deviceKey, recordFailure, refuseIfThrottled } from "./login-throttle.ts";
import { isCommonPassword } from "./passwords.ts";
import { startSession } from "./sessions.ts";
import { newId } from "./ids.ts";

export { ACCOUNT_MAX_FAILURES as LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "./login-throttle.ts";

export interface SignedIn {
  user: UserRecord;
  token: string;
  session: SessionRecord;
}

export function refuseCommon(password: string, field: string): void {
  if (isCommonPassword(password)) {
    throw new DomainError("password_too_common", "That password is one of the most common ones. Try a longer phrase only you would think of.", { field });
  }
}

export async function signUp(
  deps: DomainDeps,
  body: Omit<SignupBody, "role"> & { role?: SignupBody["role"] },
  userAgent: string | null,
): Promise<SignedIn & { deviceCookie: string }> {
  refuseCommon(body.password, "password");
  const role = body.role ?? "partner";
  if (role === "therapist" && !body.practiceName) {
    throw new DomainError("validation_failed", "Tell couples the name of your practice.", { field: "practiceName" });
  }
  const now = deps.now();
  const user: UserRecord = {
    id: newId(),
    email: body.email,
    displayName: body.displayName,
    passwordHash: await deps.passwords.hash(body.password),
    createdAt: now,
    passwordChangedAt: now,
    defaultVisibility: "private",
    country: null,
    role,
    practiceName: role === "therapist" ? (body.practiceName ?? null) : null,
  };
  try {
    const signedIn = await deps.store.transaction(async (repos) => {
      await repos.users.create(user);
      return { user, ...(await startSession(repos, user.id, userAgent, now)) };
    });
    // Signing up is a sign-in: this browser becomes a known device of the account.
    return { ...signedIn, deviceCookie: await issueDeviceCookie(deps.store, user.id, now) };
  } catch (error) {
    if (error instanceof UniqueViolation) {
      throw new DomainError("email_taken", "An account with this email already exists. Try logging in.", {
        field: "email",
      });
    }
    throw error;
  }
}

// A real hash to verify against when the email is unknown, so a failed login takes
// the same time whether or not the account exists.
let decoyHash: Promise<string> | undefined;

/** Where a login attempt comes from: the browser's device cookie (if any) and its address. */
export interface LoginOrigin {
  userAgent: string | null;
  deviceCookie: string | undefined;
  address: string;
}

/**
 * Logs in, throttled as OWASP recommends: an attempt from a device that has signed in to
 * this account before (valid device cookie) is counted against that device alone; any
 * other attempt against the account and the client address. So a guesser elsewhere can
 * pause new devices, never the person's own. A success returns a fresh device cookie.
 */
export async function logIn(deps: DomainDeps, body: LoginBody, origin: LoginOrigin): Promise<SignedIn & { deviceCookie: string }> {
  const now = deps.now();
  const user = await deps.store.users.findByEmail(body.email);
  const nonce = user ? await deviceNonceFor(deps.store, origin.deviceCookie, user.id, now) : undefined;
  const keys = nonce ? [deviceKey(nonce)] : [addressKey(origin.address), accountKey(body.email)];
  await refuseIfThrottled(deps.store, keys, now);
  decoyHash ??= deps.passwords.hash("decoy-password-for-timing");
  const ok = await deps.passwords.verify(user?.passwordHash ?? (await decoyHash), body.password);
  if (!user || !ok) {
    await recordFailure(deps.store, keys, now);
    throw new DomainError("invalid_credentials", "That email and password don't match. Check both and try again.");
  }
  // The address count is shared with others on that network, so a success clears only this device's or account's.
  await deps.store.loginFailures.clear((nonce ? deviceKey(nonce) : accountKey(body.email)).key);
  const deviceCookie = await issueDeviceCookie(deps.store, user.id, now);
  return { user, deviceCookie, ...(await startSession(deps.store, user.id, origin.userAgent, now)) };
}

/** Open live streams of the person check their session and close if it has ended. */
export async function announceSessionsEnded(deps: DomainDeps, userId: string): Promise<void> {
  await deps.events.publish({ coupleId: personChannel(userId), type: "sessions", id: userId, actorId: userId });
}

export async function logOut(deps: DomainDeps, session: SessionRecord): Promise<void> {
  await deps.store.sessions.deleteForUser(session.id, session.userId);
  await announceSessionsEnded(deps, session.userId);
}

/** Changes the password, ends every session of the person, and starts a fresh one here. */
export async function changePassword(
  deps: DomainDeps,
  user: UserRecord,
  body: ChangePasswordBody,
  userAgent: string | null,
): Promise<{ token: string; session: SessionRecord }> {
  if (!(await deps.passwords.verify(user.passwordHash, body.currentPassword))) {
    throw new DomainError("invalid_credentials", "Your current password is not right.", { field: "currentPassword" });
  }
  refuseCommon(body.newPassword, "newPassword");
  const now = deps.now();
  const passwordHash = await deps.passwords.hash(body.newPassword);
  const fresh = await deps.store.transaction(async (repos) => {
    await repos.users.updatePassword(user.id, passwordHash, now);
    await repos.sessions.deleteAllForUser(user.id, null);
    return startSession(repos, user.id, userAgent, now);
  });
  await announceSessionsEnded(deps, user.id);
  return fresh;
}

export async function listSessions(deps: DomainDeps, userId: string): Promise<SessionRecord[]> {
  return deps.store.sessions.listForUser(userId, deps.now());
}

/** Ends one of the person's own sessions; anyone else's looks like a missing one. */
export async function endSession(deps: DomainDeps, userId: string, sessionId: string): Promise<void> {
  if (!(await deps.store.sessions.deleteForUser(sessionId, userId))) {
    throw new DomainError("not_found", "That session was not found. It may have ended already.");
  }
  await announceSessionsEnded(deps, userId);
}

export async function endOtherSessions(deps: DomainDeps, userId: string, keepId: string): Promise<number> {
  const ended = await deps.store.sessions.deleteAllForUser(userId, keepId);
  if (ended > 0) await announceSessionsEnded(deps, userId);
  return ended;
}
