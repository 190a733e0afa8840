import type { TherapistGrantView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { useMe } from "../../session/session.tsx";
import { listGrants } from "../api.ts";

/**
 * The current couple's therapist grants (ended ones too). Either partner's change and the
 * therapist's joining arrive as "therapist-grant" events, which mark this stale.
 */
export function useGrants() {
  const client = useQueryClient();
  // Sharing with a therapist needs a couple: unlinked, there is nothing to ask for.
  const linked = Boolean(useMe().couple);
  const query = useQuery({ queryKey: keys.therapistGrants, queryFn: listGrants, enabled: linked });
  return {
    query,
    grants: query.data ?? null,
    /** Puts the server's fresh answer for one grant in the list, and lets its parts look again. */
    update(grant: TherapistGrantView) {
      client.setQueryData<TherapistGrantView[]>(keys.therapistGrants, (list) =>
        list?.some((g) => g.id === grant.id) ? list.map((g) => (g.id === grant.id ? grant : g)) : [grant, ...(list ?? [])],
      );
      void client.invalidateQueries({ queryKey: ["therapist", "grant", grant.id] });
    },
  };
}

/** What a consent is asked for now: the grant's scopes and any a partner added since. */
export const askedScopes = (grant: TherapistGrantView) => [...new Set([...grant.scopes, ...grant.pendingScopes])];

export const therapistName = (grant: TherapistGrantView) =>
  grant.therapist ? `${grant.therapist.displayName} (${grant.therapist.practiceName})` : "your therapist";
