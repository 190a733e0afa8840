import { createHash, randomUUID } from "node:crypto";
import type { ChangePasswordBody, LoginBody, SignupBody } from "@attune/shared";
import { UniqueViolation, type SessionRecord, type UserRecord } from "../storage/store.ts";
import { personChannel } from "../events/bus.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";
import { isCommonPassword } from "./passwords.ts";
import { startSession } from "./sessions.ts";

/** Per-account login throttle: 10 failures in 15 minutes pause logins for that account
 * until the oldest failure ages out — a guesser is slowed to a crawl, the real person
 * waits minutes at most, and the count is shared by every server instance. */
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export interface SignedIn {
  user: UserRecord;
  token: string;
  session: SessionRecord;
}

function refuseCommon(password: string, field: string): void {
  if (isCommonPassword(password)) {
    throw new DomainError(
      "password_too_common",
      "That password is one of the most common ones. Try a longer phrase only you would think of.",
      { field },
    );
  }
}

export async function signUp(deps: DomainDeps, body: SignupBody, userAgent: string | null): Promise<SignedIn> {
  refuseCommon(body.password, "password");
  const now = deps.now();
  const user: UserRecord = {
    id: randomUUID(),
    email: body.email,
    displayName: body.displayName,
    passwordHash: await deps.passwords.hash(body.password),
    createdAt: now,
    passwordChangedAt: now,
    defaultVisibility: "private",
    country: null,
  };
  try {
    return await deps.store.transaction(async (repos) => {
      await repos.users.create(user);
      return { user, ...(await startSession(repos, user.id, userAgent, now)) };
    });
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

const accountKey = (email: string) => createHash("sha256").update(`login:${email}`).digest("hex");

export async function logIn(deps: DomainDeps, body: LoginBody, userAgent: string | null): Promise<SignedIn> {
  const now = deps.now();
  const key = accountKey(body.email);
  const failures = await deps.store.loginFailures.since(key, now - LOGIN_WINDOW_MS);
  if (failures.length >= LOGIN_MAX_FAILURES) {
    const oldest = failures[failures.length - LOGIN_MAX_FAILURES] ?? now;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now) / 1000));
    throw new DomainError(
      "rate_limited",
      `Too many attempts for this account. Please wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again, or reset your password.`,
      { retryAfterSeconds },
    );
  }
  const user = await deps.store.users.findByEmail(body.email);
  decoyHash ??= deps.passwords.hash("decoy-password-for-timing");
  const ok = await deps.passwords.verify(user?.passwordHash ?? (await decoyHash), body.password);
  if (!user || !ok) {
    await deps.store.loginFailures.record(key, now);
    throw new DomainError("invalid_credentials", "That email and password don't match. Check both and try again.");
  }
  await deps.store.loginFailures.clear(key);
  return { user, ...(await startSession(deps.store, user.id, userAgent, now)) };
}

/** Open live streams of the person check their session and close if it has ended. */
async function announceSessionsEnded(deps: DomainDeps, userId: string): Promise<void> {
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
