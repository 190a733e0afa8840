import { useCallback, useEffect, useState } from "react";
import { asFailure } from "../api/client.ts";
import { usePartnerEvents, type PartnerEventType } from "../live/events.ts";
import { fetchLibraryState, inviteToTry, markDone, markTryDone, setFavourite, type LibraryState, type TryView } from "./api.ts";

export interface LibraryStore {
  state: LibraryState | null;
  error: string | null;
  /** Short confirmation of the last change, for a status region. */
  news: string | null;
  isFavourite(itemId: string): boolean;
  toggleFavourite(itemId: string, title: string): Promise<void>;
  doneAt(itemId: string): string | null;
  markDone(itemId: string): Promise<void>;
  invite(itemId: string): Promise<void>;
  markTryDone(tryId: string): Promise<void>;
}

// The partner's invitations and marks arrive as live "try" events; while one waits,
// also look now and then (only while the tab is in view) in case the stream dropped.
const POLL_MS = 10_000;
const TRY_EVENTS: readonly PartnerEventType[] = ["try"];

const replaceTry = (s: LibraryState, t: TryView): LibraryState => ({
  ...s,
  tries: s.tries.some((x) => x.id === t.id) ? s.tries.map((x) => (x.id === t.id ? t : x)) : [t, ...s.tries],
});

/** My favourites, what I did and our invitations, with calm error handling. */
export function useLibraryState(): LibraryStore {
  const [state, setState] = useState<LibraryState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setState(await fetchLibraryState());
      setError(null);
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, []);

  useEffect(() => {
    void reload();
    const onVisible = () => {
      if (document.visibilityState === "visible") void reload();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [reload]);

  usePartnerEvents(TRY_EVENTS, () => void reload());

  const waiting = Boolean(state?.tries.some((t) => t.completedAt === null));
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void reload();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, reload]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setNews(null);
    try {
      await work();
    } catch (e) {
      setError(asFailure(e).message);
    }
  };

  return {
    state,
    error,
    news,
    isFavourite: (itemId) => Boolean(state?.favourites.includes(itemId)),
    toggleFavourite: (itemId, title) =>
      run(async () => {
        const on = !state?.favourites.includes(itemId);
        await setFavourite(itemId, on);
        setState((s) => (s ? { ...s, favourites: on ? [...s.favourites.filter((f) => f !== itemId), itemId] : s.favourites.filter((f) => f !== itemId) } : s));
        setNews(on ? `Saved "${title}" to your favourites.` : `Removed "${title}" from your favourites.`);
      }),
    doneAt: (itemId) =>
      state?.done
        .filter((d) => d.itemId === itemId)
        .map((d) => d.at)
        .sort()
        .at(-1) ?? null,
    markDone: (itemId) =>
      run(async () => {
        await markDone(itemId);
        setState((s) => (s ? { ...s, done: [...s.done, { itemId, at: new Date().toISOString() }] } : s));
        setNews("Marked as done. Nice work: small practice adds up.");
      }),
    invite: (itemId) =>
      run(async () => {
        const t = await inviteToTry(itemId);
        setState((s) => (s ? replaceTry(s, t) : s));
        setNews("Invitation sent. It's waiting in your partner's Together list.");
      }),
    markTryDone: (tryId) =>
      run(async () => {
        const t = await markTryDone(tryId);
        setState((s) => (s ? replaceTry(s, t) : s));
        setNews(t.completedAt ? "You both did this. Lovely." : "Marked your part as done.");
      }),
  };
}
