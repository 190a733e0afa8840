import { createHash, randomBytes } from "node:crypto";
import type { UserRecord } from "../storage/store.ts";
import { announceSessionsEnded, refuseCommon, type SignedIn } from "./accounts.ts";
import type { DomainDeps } from "./deps.ts";
import { issueDeviceCookie } from "./device-cookies.ts";
import { DomainError } from "./errors.ts";
import { accountKey } from "./login-throttle.ts";
import { startSession } from "./sessions.ts";

/** A reset code works for 30 minutes, once. */
export const RESET_TTL_MS = 30 * 60 * 1000;
/** Reset emails per account per hour: enough for a lost email, too few to flood an inbox. */
export const RESET_EMAILS_PER_HOUR = 3;

/** Crockford's base32 (no i, l, o, u): read aloud or typed without mix-ups. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** 160 random bits as 32 characters in groups of four ("7k2m-…"). */
function newCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)?.join("-") ?? out;
}

/** The form a code is stored and compared in: case, dashes and spaces don't matter; i/l read as 1, o as 0. */
export function normaliseResetCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "").replace(/[il]/g, "1").replace(/o/g, "0");
}

const hashCode = (code: string) =>
  createHash("sha256")
    .update(`reset:${normaliseResetCode(code)}`)
    .digest("hex");

export interface IssuedReset {
  code: string;
  expiresAt: number;
}

/**
 * Issues a single-use reset code for the account; only its hash is stored. Used by the
 * email path and by the operator's `npm run reset-password`.
 */
export async function issueResetCode(deps: Pick<DomainDeps, "store" | "now">, user: UserRecord): Promise<IssuedReset> {
  const now = deps.now();
  const code = newCode();
  const expiresAt = now + RESET_TTL_MS;
  await deps.store.passwordResets.create({ tokenHash: hashCode(code), userId: user.id, createdAt: now, expiresAt });
  return { code, expiresAt };
}

/** The link a code is delivered in; in the fragment, so it never reaches a server log. */
export const resetLink = (origin: string, code: string) => `${origin}/reset-password#code=${code}`;

/** What to send (an interface so the domain knows nothing of SMTP). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** For the operator's command line: an account that exists, or a clear refusal. */
export async function issueResetForEmail(deps: Pick<DomainDeps, "store" | "now">, email: string): Promise<IssuedReset> {
  const user = await deps.store.users.findByEmail(email);
  if (!user) throw new DomainError("not_found", "There is no account with that email.");
  return issueResetCode(deps, user);
}

/**
 * A reset request from the sign-in page. The answer is the same whether or not the
 * account exists; when there is a mailer and an account (and the hourly allowance is not
 * used up) an email goes out. Returns the sending (wrapped, so that returning it does not
 * wait for it), which the caller must not await before answering: its duration would
 * tell that the account exists.
 */
export async function requestPasswordReset(
  deps: DomainDeps,
  mailer: Mailer | undefined,
  email: string,
  origin: string,
): Promise<{ sending: Promise<void> | undefined }> {
  const none = { sending: undefined };
  if (!mailer) return none;
  const now = deps.now();
  const { hits } = await deps.store.rateLimits.hit(`reset-email ${accountKey(email).key}`, now, 3600_000);
  if (hits > RESET_EMAILS_PER_HOUR) return none;
  const user = await deps.store.users.findByEmail(email);
  if (!user) return none;
  const { code } = await issueResetCode(deps, user);
  const sending = mailer.send({
    to: user.email,
    subject: "Reset your Attune password",
    text: [
      `Hello ${user.displayName},`,
      "",
      "Someone (we hope you) asked to reset the password of your Attune account. To choose a new one, open:",
      "",
      resetLink(origin, code),
      "",
      `or enter this code on the "Forgot your password?" page: ${code}`,
      "",
      `The code works once, for the next ${RESET_TTL_MS / 60_000} minutes. If you didn't ask, ignore this email: your password stays as it is.`,
    ].join("\n"),
  });
  // Marked as handled at once: a failure before the caller attaches its own handler must not crash the process.
  sending.catch(() => undefined);
  return { sending };
}

/**
 * Sets a new password with a reset code: the code is used up, every session of the
 * account ends, its untrusted-login failures are forgotten, and a fresh session starts
 * here (so a person paused by a guesser gets straight back in).
 */
export async function completePasswordReset(
  deps: DomainDeps,
  body: { code: string; newPassword: string },
  userAgent: string | null,
): Promise<SignedIn & { deviceCookie: string }> {
  refuseCommon(body.newPassword, "newPassword");
  const now = deps.now();
  const passwordHash = await deps.passwords.hash(body.newPassword);
  const user = await deps.store.transaction(async (repos) => {
    const reset = await repos.passwordResets.take(hashCode(body.code));
    if (!reset || reset.expiresAt <= now) return undefined;
    const found = await repos.users.findById(reset.userId);
    if (!found) return undefined;
    await repos.users.updatePassword(found.id, passwordHash, now);
    await repos.passwordResets.deleteForUser(found.id);
    await repos.sessions.deleteAllForUser(found.id, null);
    return found;
  });
  if (!user) {
    throw new DomainError("bad_request", "That code is not valid. It may have been used already or expired (codes last 30 minutes); ask for a new one.", {
      field: "code",
    });
  }
  await deps.store.loginFailures.clear(accountKey(user.email).key);
  await announceSessionsEnded(deps, user.id);
  // This browser proved it reads the account's email (or holds the operator's code): a known device now.
  const deviceCookie = await issueDeviceCookie(deps.store, user.id, now);
  return { user, deviceCookie, ...(await startSession(deps.store, user.id, userAgent, now)) };
}
