import type { ReplyView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { keys, LOOP_AREAS } from "../../data/keys.ts";
import { fetchReplies, type ReplyTarget } from "../api.ts";

/**
 * The replies to one share. Replies and feedback events carry ids we cannot map to a
 * thread without asking, so they mark every thread stale (the "replies" area): the one
 * shown looks again (one small request).
 */
export function useReplies({ kind, id }: ReplyTarget) {
  const client = useQueryClient();
  const key = keys.replyThread(kind, id);
  const query = useQuery({ queryKey: key, queryFn: () => fetchReplies({ kind, id }) });
  const update = (change: (list: ReplyView[]) => ReplyView[]) => client.setQueryData<ReplyView[]>(key, (list) => change(list ?? []));
  return {
    query,
    replace: (updated: ReplyView) => update((list) => list.map((r) => (r.id === updated.id ? updated : r))),
    add: (created: ReplyView) => {
      update((list) => [...list, created]);
      // The reply counts on the timeline and history change too.
      for (const queryKey of LOOP_AREAS) void client.invalidateQueries({ queryKey });
    },
  };
}
