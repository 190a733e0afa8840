import { todayView, waitingCount, type TodayView } from "@attune/shared";
import { useQuery } from "@tanstack/react-query";
import { call } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { localDay } from "../loop/day.ts";
import { useSession } from "../session/session.tsx";

export const fetchToday = (day: string): Promise<TodayView> => call("GET", `/api/today?day=${encodeURIComponent(day)}`, todayView);

/**
 * What waits for the signed-in person. One query shared by the home screen, the tab
 * title, the app badge and the tab bar; live events from the partner mark it stale
 * (data/keys.ts). Without a partner nothing can wait, so nothing is asked.
 */
export function useToday() {
  const { me } = useSession();
  const day = localDay();
  const linked = Boolean(me?.couple);
  const query = useQuery({ queryKey: [...keys.today, day], queryFn: () => fetchToday(day), enabled: linked });
  return { ...query, count: linked && query.data ? waitingCount(query.data) : 0 };
}
