import type { MeView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { fetchMe } from "../api/account.ts";
import { asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";

const INVITE_POLL_MS = 4000;

/**
 * Who is signed in, as the `keys.me` query: undefined while asking, null when nobody is.
 * While my invite waits it looks now and then, so I see the moment my partner accepts (the
 * query client pauses this while the tab is hidden, and looks again when it returns).
 */
export function useMeQuery() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: keys.me,
    queryFn: fetchMe,
    refetchInterval: (q) => (q.state.data?.pendingInvite && !q.state.data.couple ? INVITE_POLL_MS : false),
  });
  const me = query.data;
  const loadError = me === undefined && query.error ? asFailure(query.error).message : null;
  const setMe = useCallback((next: MeView | null) => queryClient.setQueryData(keys.me, next), [queryClient]);
  const { refetch } = query;
  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { me, loadError, setMe, refresh };
}
