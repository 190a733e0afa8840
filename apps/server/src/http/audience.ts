import type { AccountRole } from "@attune/shared";
import { DomainError } from "../domain/errors.ts";

/**
 * Who a signed-in route is for (issue 16). Every route declares it in its config, or is
 * for partners: a therapist account has no couple, so the default keeps every couple route
 * closed to them without each route checking by hand.
 */
export type Audience = "partner" | "therapist" | "anyone";

declare module "fastify" {
  interface FastifyContextConfig {
    audience?: Audience;
  }
}

/** Refuses an account whose role the route is not for; called by the auth hook. */
export function refuseWrongAudience(audience: Audience | undefined, role: AccountRole): void {
  const wanted = audience ?? "partner";
  if (wanted === "anyone" || wanted === role) return;
  if (wanted === "partner")
    throw new DomainError("partners_only", "This is for partners in a couple. A therapist's account sees only what couples share with it.");
  throw new DomainError("therapists_only", "This is for therapists' accounts.");
}

/** Route config for a route both kinds of account use (their own account, sessions, the live stream). */
export const forAnyone = { audience: "anyone" } as const;
/** Route config for a therapist's route. */
export const forTherapists = { audience: "therapist" } as const;
