import type { DailyQuestionView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys } from "../data/keys.ts";
import { answerDaily, fetchDaily } from "./api.ts";

/**
 * Today's question for the two of us (the "daily" area: the partner's answer arrives
 * live), and whether the reveal happened while this screen was open (the delight moment).
 */
export function useDaily(day: string) {
  const client = useQueryClient();
  const key = keys.dailyOf(day);
  const query = useQuery({ queryKey: key, queryFn: () => fetchDaily(day) });
  const [revealedLive, setRevealedLive] = useState(false);
  const wasSealed = useRef<boolean | null>(null);
  const revealed = query.data?.revealed;
  useEffect(() => {
    if (revealed === undefined) return;
    if (wasSealed.current === true && revealed) setRevealedLive(true);
    wasSealed.current = !revealed;
  }, [revealed]);

  const answer = async (text: string) => {
    const next: DailyQuestionView = await answerDaily(day, text);
    client.setQueryData(key, next);
  };
  /** A swap or a skip answers with the new state: show it at once. */
  const replace = (next: DailyQuestionView) => client.setQueryData(key, next);
  return { query, revealedLive, answer, replace };
}
