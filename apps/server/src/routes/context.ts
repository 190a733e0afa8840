import type { preValidationAsyncHookHandler } from "fastify";
import type { DomainDeps } from "../domain/deps.ts";
import type { Mailer } from "../domain/password-reset.ts";

/** What every route plugin receives. */
export interface RouteContext {
  deps: DomainDeps;
  auth: preValidationAsyncHookHandler;
  publicOrigin: string | undefined;
  /** Per-IP limit for login and sign-up attempts, per minute. */
  authAttemptsPerMinute: number;
  /** Per-IP limit for invite look-ups and accepts, per minute. */
  inviteAttemptsPerMinute: number;
  /** Sends password-reset emails when the operator configured SMTP; otherwise codes come from the command line. */
  mailer: Mailer | undefined;
}
