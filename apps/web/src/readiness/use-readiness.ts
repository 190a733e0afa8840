import type { ReadinessAnswers, ReadinessResultView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys } from "../data/keys.ts";
import { fetchPartnerResults, fetchResults, submitAnswers } from "./api.ts";

/**
 * The readiness screen's data and flow: my results (newest first) and what my partner
 * shares (the "readiness" area: a result they share, stop sharing or delete shows
 * without a reload), the answers in progress (kept when stepping away), which attempt is
 * shown, and the last confirmation.
 */
export function useReadiness() {
  const client = useQueryClient();
  const mine = useQuery({ queryKey: keys.readinessMine, queryFn: fetchResults });
  const partner = useQuery({ queryKey: keys.readinessPartner, queryFn: fetchPartnerResults });
  const [taking, setTaking] = useState(false);
  const [answers, setAnswers] = useState<ReadinessAnswers>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  const results = mine.data ?? null;
  const setResults = (change: (list: ReadinessResultView[]) => ReadinessResultView[]) =>
    client.setQueryData<ReadinessResultView[]>(keys.readinessMine, (list) => change(list ?? []));

  // biome-ignore lint/correctness/useExhaustiveDependencies: the results heading exists only once the new results render, so look again when they change.
  useEffect(() => {
    if (!taking && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [taking, results]);

  return {
    results,
    partner: partner.data ?? null,
    // Both are needed to open the screen; a failed look at my partner's alone leaves what is shown.
    error: mine.error ?? (partner.data ? null : partner.error),
    retry: () => {
      void mine.refetch();
      void partner.refetch();
    },
    taking,
    answers,
    news,
    resultsHeading,
    selected: results?.find((r) => r.id === selectedId) ?? results?.[0] ?? null,
    answer: (itemId: string, value: number) => setAnswers((a) => ({ ...a, [itemId]: value })),
    start() {
      setNews(null);
      setTaking(true);
      window.scrollTo({ top: 0 });
    },
    cancel: () => setTaking(false),
    async submit(body: ReadinessAnswers) {
      const created = await submitAnswers(body);
      setResults((list) => [created, ...list]);
      setSelectedId(created.id);
      setAnswers({});
      setNews("Thank you for taking the time. Here is your snapshot.");
      focusResults.current = true;
      setTaking(false);
    },
    changed(r: ReadinessResultView, partnerName: string | null) {
      setResults((list) => list.map((x) => (x.id === r.id ? r : x)));
      setNews(r.sharedWithPartner ? `Shared with ${partnerName ?? "your partner"}.` : "Only you can see it now.");
    },
    deleted(id: string) {
      setResults((list) => list.filter((r) => r.id !== id));
      setSelectedId(null);
      setNews("Deleted.");
      resultsHeading.current?.focus();
    },
    show(id: string) {
      setSelectedId(id);
      resultsHeading.current?.focus();
    },
  };
}

export type Readiness = ReturnType<typeof useReadiness>;
