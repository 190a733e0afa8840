import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useLiveEvents, type LiveEvent } from "../live/events.ts";
import { STALE_AFTER } from "./keys.ts";

/**
 * Turns one of the partner's live events into stale queries (shown ones look again at
 * once, others when next shown). After a reconnect ("resync") anything may have been
 * missed, so every query is looked at again.
 */
export async function invalidateFor(client: QueryClient, event: LiveEvent): Promise<void> {
  if (event.type === "resync") {
    await client.invalidateQueries();
    return;
  }
  await Promise.all(STALE_AFTER[event.type].map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** Mounted while someone is signed in (session/session.tsx). */
export function LiveSync() {
  const client = useQueryClient();
  useLiveEvents((event) => void invalidateFor(client, event));
  return null;
}
