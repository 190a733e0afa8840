import type { TemperatureMode, TemperaturePart } from "@attune/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { keys } from "../data/keys.ts";
import { endReading, fetchCurrentReading, fetchReadingHistory, finishReading, startReading, writePart, type TemperatureReadingView } from "./api.ts";

const currentKey = [...keys.temperature, "current"] as const;
const historyKey = [...keys.temperature, "history"] as const;

/** The couple's open reading (null when none) and what changes it. */
export function useCurrentReading() {
  const client = useQueryClient();
  const current = useQuery({ queryKey: currentKey, queryFn: fetchCurrentReading });
  // Each answer is the reading as the server now holds it: show it at once, and let the
  // history look again when a reading has just ended.
  const settle = (reading: TemperatureReadingView) => {
    client.setQueryData(currentKey, reading.finishedAt === null ? reading : null);
    if (reading.finishedAt !== null) void client.invalidateQueries({ queryKey: historyKey });
  };
  const start = useMutation({ mutationFn: (mode: TemperatureMode) => startReading(mode), onSuccess: settle });
  const write = useMutation({
    mutationFn: (input: { id: string; part: TemperaturePart; text: string }) => writePart(input.id, input.part, input.text),
    onSuccess: settle,
  });
  const finish = useMutation({ mutationFn: (id: string) => finishReading(id), onSuccess: settle });
  const end = useMutation({ mutationFn: (id: string) => endReading(id), onSuccess: settle });
  return { current, start, write, finish, end };
}
export type ReadingActions = ReturnType<typeof useCurrentReading>;

export function useReadingHistory() {
  return useInfiniteQuery({
    queryKey: historyKey,
    queryFn: ({ pageParam }) => fetchReadingHistory(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
