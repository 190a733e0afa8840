import type { FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from "fastify";
import type { DomainDeps } from "../domain/deps.ts";
import { DomainError } from "../domain/errors.ts";
import { authenticate } from "../domain/sessions.ts";
import type { SessionRecord, UserRecord } from "../storage/store.ts";
import { refuseWrongAudience } from "./audience.ts";
import { SESSION_COOKIE, clearSessionCookie } from "./session-cookie.ts";

export interface Auth {
  user: UserRecord;
  session: SessionRecord;
}

declare module "fastify" {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

/**
 * preValidation hook (auth before validation: an anonymous caller learns nothing about bodies)
 * that admits only a signed-in person the route is for (its config's `audience`, partners
 * when it says nothing) and puts them on `request.auth`.
 */
export function requireAuth(deps: DomainDeps): preValidationAsyncHookHandler {
  return async function requireAuthHook(request: FastifyRequest, reply: FastifyReply) {
    request.auth = await identify(deps, request, reply);
    if (!request.auth) throw new DomainError("unauthenticated", "Please log in to continue.");
    // The one place a route's audience is enforced: partners' routes refuse therapists and back.
    refuseWrongAudience(request.routeOptions.config.audience, request.auth.user.role);
  };
}

/** The person the session cookie names, or null; a cookie that names nobody is cleared. */
async function identify(deps: DomainDeps, request: FastifyRequest, reply: FastifyReply): Promise<Auth | null> {
  const token = request.cookies[SESSION_COOKIE];
  const auth = token ? await authenticate(deps, token) : undefined;
  if (!auth && token) clearSessionCookie(request, reply);
  return auth ?? null;
}

/** The signed-in person of a route guarded by requireAuth. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw new DomainError("unauthenticated", "Please log in to continue.");
  return request.auth;
}

/** Like requireAuth, but nobody signed in is an answer (request.auth stays null), not a 401. */
export function optionalAuth(deps: DomainDeps): preValidationAsyncHookHandler {
  return async function optionalAuthHook(request: FastifyRequest, reply: FastifyReply) {
    request.auth = await identify(deps, request, reply);
  };
}
