import { THERAPIST_EVENT } from "@attune/shared";
import { personChannel } from "../../events/bus.ts";
import type { TherapistGrantRecord } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";

/**
 * A grant changed: both partners' open apps (the couple's channel) and the therapist's
 * (their own channel) hear its id, never what changed, and fetch again through routes that
 * check the grant. So a revoked grant's page refetches and gets a 404 at once.
 */
export async function grantChanged(deps: DomainDeps, grant: TherapistGrantRecord, actorId: string): Promise<void> {
  await deps.events.publish({ coupleId: grant.coupleId, type: THERAPIST_EVENT, id: grant.id, actorId });
  if (grant.therapistId) await deps.events.publish({ coupleId: personChannel(grant.therapistId), type: THERAPIST_EVENT, id: grant.id, actorId });
}
