import type { CheckinView } from "@attune/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { keys } from "../../data/keys.ts";
import { fetchCheckin, markRead } from "../api.ts";

/** One check-in, in the "checkins" area: the partner's edits arrive live. */
export const useCheckin = (id: string) => useQuery({ queryKey: keys.checkin(id), queryFn: () => fetchCheckin(id) });

/** Opening a partner's check-in marks it read; the marker fades here too. A failure only means it stays "new". */
export function useMarkRead(checkin: CheckinView | null): void {
  const client = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: (id: string) => markRead(id),
    onSuccess: (_done, id) => {
      client.setQueryData<CheckinView>(keys.checkin(id), (c) => (c ? { ...c, unread: false } : c));
      void client.invalidateQueries({ queryKey: keys.timeline });
    },
  });
  const unreadId = checkin?.unread ? checkin.id : null;
  // Once per unread check-in shown.
  useEffect(() => {
    if (unreadId) mutate(unreadId);
  }, [unreadId, mutate]);
}
