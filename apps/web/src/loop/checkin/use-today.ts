import type { CheckinView, Visibility } from "@attune/shared";
import { useQueries, useQueryClient } from "@tanstack/react-query";
import { keys, LOOP_AREAS } from "../../data/keys.ts";
import { fetchPrefs } from "../../api/prefs.ts";
import { fetchMine, fetchPrompt } from "../api.ts";

export interface Today {
  today: CheckinView | null;
  prompt: { id: string; text: string } | null;
  defaultVisibility: Visibility;
}

/** What /check-in needs for `day`: my check-in of that day if any, the day's prompt, my default visibility. */
export function useToday(day: string) {
  const client = useQueryClient();
  const todayKey = keys.checkinToday(day);
  const [mine, prompt, prefs] = useQueries({
    queries: [
      { queryKey: todayKey, queryFn: async () => (await fetchMine(null, 1)).items.find((c) => c.day === day) ?? null },
      // No prompt only means the fallback question.
      { queryKey: keys.prompt(day), queryFn: () => fetchPrompt(day).catch(() => null), staleTime: Infinity },
      { queryKey: keys.prefs, queryFn: fetchPrefs },
    ],
  });
  const loaded: Today | null =
    mine.data !== undefined && prefs.data && !prompt.isPending
      ? { today: mine.data, prompt: prompt.data ?? null, defaultVisibility: prefs.data.defaultVisibility }
      : null;
  return {
    loaded,
    error: mine.error ?? prefs.error,
    retry: () => {
      void mine.refetch();
      void prefs.refetch();
    },
    /** after saving or deleting today's: show it at once, and let every list look again */
    setToday: (c: CheckinView | null) => {
      client.setQueryData(todayKey, c);
      for (const queryKey of LOOP_AREAS) void client.invalidateQueries({ queryKey, predicate: (q) => q.queryKey[1] !== "today" });
    },
  };
}
