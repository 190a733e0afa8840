import { createHash, randomBytes } from "node:crypto";
import type { Repos, SessionRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { newId } from "./ids.ts";

/** A session lives 30 days past its last use. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Activity is written at most once a minute, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Starts a session: 256 random bits go to the cookie, only their hash is stored. */
export async function startSession(repos: Repos, userId: string, userAgent: string | null, now: number): Promise<{ token: string; session: SessionRecord }> {
  const token = randomBytes(32).toString("base64url");
  const session: SessionRecord = {
    id: newId(),
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + SESSION_TTL_MS,
    userAgent: userAgent ? userAgent.slice(0, 200) : null,
  };
  await repos.sessions.create(session);
  return { token, session };
}

/** The signed-in person for a cookie token, or undefined when it is unknown or expired. */
export async function authenticate(deps: DomainDeps, token: string): Promise<{ user: UserRecord; session: SessionRecord } | undefined> {
  const now = deps.now();
  const found = await deps.store.sessions.findActiveWithUser(hashToken(token), now);
  if (!found) return undefined;
  const { session, user } = found;
  if (now - session.lastSeenAt > TOUCH_EVERY_MS) {
    await deps.store.sessions.touch(session.id, now, now + SESSION_TTL_MS);
  }
  return { user, session };
}

/** Whether a session still holds (not ended, not expired): a live stream ends with it. */
export async function sessionStillActive(deps: DomainDeps, session: SessionRecord): Promise<boolean> {
  return Boolean(await deps.store.sessions.findActiveByTokenHash(session.tokenHash, deps.now()));
}
