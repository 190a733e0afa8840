import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ApiFailure } from "../../api/client.ts";
import { keys } from "../../data/keys.ts";
import { useAccessLog } from "../access-log.tsx";
import { clientAccessLog, clientSummary } from "../api.ts";
import type { DayRange } from "../range.ts";
import { useClients } from "./use-clients.ts";

/**
 * One couple's summary for a therapist. When access ends (a partner revokes, unlinks, the
 * end date passes) the "therapist-grant" event marks this stale; the list then says ended
 * or the summary answers 404, and everything of the couple is dropped from the cache.
 */
export function useClient(grantId: string, range: DayRange) {
  const cache = useQueryClient();
  const clients = useClients();
  const client = clients.data?.find((c) => c.grantId === grantId) ?? null;
  const active = client?.state === "active";
  const summary = useQuery({
    queryKey: keys.therapistClient(grantId, "summary", range.from, range.to),
    queryFn: () => clientSummary(grantId, range.from, range.to),
    enabled: active,
    // Each fetch is a read the couple sees in their log: ask on events, not on every return to the tab.
    refetchOnWindowFocus: false,
  });
  const log = useAccessLog(keys.therapistClient(grantId, "log"), (cursor) => clientAccessLog(grantId, cursor), active);
  const gone = summary.error instanceof ApiFailure && summary.error.status === 404;
  const ended = (clients.data !== undefined && (!client || client.state === "ended")) || gone;

  useEffect(() => {
    if (ended) cache.removeQueries({ queryKey: ["therapist", "client", grantId] });
  }, [ended, cache, grantId]);
  // A new read shows in their own log.
  const readAt = summary.dataUpdatedAt;
  useEffect(() => {
    if (readAt) void cache.invalidateQueries({ queryKey: keys.therapistClient(grantId, "log") });
  }, [readAt, cache, grantId]);

  return { clients, client, ended, waiting: Boolean(client && !active && !ended), summary, log };
}
