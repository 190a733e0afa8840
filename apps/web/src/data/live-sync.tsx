import { useQueryClient } from "@tanstack/react-query";
import { useLiveEvents } from "../live/events.ts";
import { STALE_AFTER } from "./keys.ts";

/**
 * Turns the partner's live events into stale queries. After a reconnect ("resync")
 * anything may have been missed, so every query is looked at again.
 */
export function LiveSync() {
  const client = useQueryClient();
  useLiveEvents((event) => {
    if (event.type === "resync") {
      void client.invalidateQueries();
      return;
    }
    for (const key of STALE_AFTER[event.type]) void client.invalidateQueries({ queryKey: key });
  });
  return null;
}
