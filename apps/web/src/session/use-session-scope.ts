import type { MeView } from "@attune/shared";
import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { onUnauthenticated } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { reconnectLiveEvents } from "../live/events.ts";

function forgetAllBut(client: QueryClient, keep: QueryKey): void {
  // Reset, not remove: a screen shown right after signing in (a therapist's join link after
  // sign-up) may already be asking; removing its query would leave it waiting forever,
  // while a reset drops the old answers and asks again for whoever is signed in now.
  void client.resetQueries({ predicate: (q) => q.queryKey[0] !== keep[0] });
  client.getMutationCache().clear();
}

/**
 * Keeps what the tab holds to the person signed in now: a session ended elsewhere signs
 * us out here too, the live stream follows the couple, and the cache empties when the
 * person changes.
 */
export function useSessionScope(me: MeView | null | undefined, setMe: (me: MeView | null) => void): void {
  const queryClient = useQueryClient();

  // A session ended elsewhere (another device, a password change) signs us out here too.
  useEffect(() => onUnauthenticated(() => setMe(null)), [setMe]);

  // An open live stream belongs to the couple it was opened for: start it again when the
  // couple changes (linked, unlinked, linked anew).
  const coupleId = me === undefined ? undefined : (me?.couple?.id ?? null);
  const shownCouple = useRef(coupleId);
  useEffect(() => {
    if (coupleId === undefined) return;
    if (shownCouple.current !== undefined && shownCouple.current !== coupleId) reconnectLiveEvents();
    shownCouple.current = coupleId;
  }, [coupleId]);

  // Cached answers hold people's words: a sign-out, or another person signing in on this
  // device, starts from an empty cache (all but who is signed in now).
  const userId = me === undefined ? undefined : (me?.user.id ?? null);
  const shownUser = useRef(userId);
  useEffect(() => {
    if (userId === undefined) return;
    if (shownUser.current !== undefined && shownUser.current !== userId) forgetAllBut(queryClient, keys.me);
    shownUser.current = userId;
  }, [userId, queryClient]);
}
