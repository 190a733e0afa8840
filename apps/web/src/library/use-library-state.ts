import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
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

// The partner's invitations and marks arrive as live "try" events (the library area);
// while one waits, also look now and then in case the stream dropped.
const POLL_MS = 10_000;

const replaceTry = (s: LibraryState, t: TryView): LibraryState => ({
  ...s,
  tries: s.tries.some((x) => x.id === t.id) ? s.tries.map((x) => (x.id === t.id ? t : x)) : [t, ...s.tries],
});

const waiting = (state: LibraryState | undefined) => Boolean(state?.tries.some((t) => t.completedAt === null));

/** My favourites, what I did and our invitations, with calm error handling. */
export function useLibraryState(): LibraryStore {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.libraryState,
    queryFn: fetchLibraryState,
    refetchInterval: (q) => (waiting(q.state.data) ? POLL_MS : false),
  });
  const state = query.data ?? null;
  const [news, setNews] = useState<string | null>(null);
  const update = (change: (s: LibraryState) => LibraryState) => client.setQueryData<LibraryState>(keys.libraryState, (s) => (s ? change(s) : s));
  // One mutation for every change here: its error is the screen's error until the next try.
  const change = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const run = async (work: () => Promise<void>) => {
    setNews(null);
    await change.mutateAsync(work).catch(() => undefined);
  };
  const failed = change.error ?? (state ? null : query.error);

  return {
    state,
    error: failed ? asFailure(failed).message : null,
    news,
    isFavourite: (itemId) => Boolean(state?.favourites.includes(itemId)),
    toggleFavourite: (itemId, title) =>
      run(async () => {
        const on = !state?.favourites.includes(itemId);
        await setFavourite(itemId, on);
        update((s) => ({ ...s, favourites: on ? [...s.favourites.filter((f) => f !== itemId), itemId] : s.favourites.filter((f) => f !== itemId) }));
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
        update((s) => ({ ...s, done: [...s.done, { itemId, at: new Date().toISOString() }] }));
        setNews("Marked as done. Nice work: small practice adds up.");
      }),
    invite: (itemId) =>
      run(async () => {
        const t = await inviteToTry(itemId);
        update((s) => replaceTry(s, t));
        setNews("Invitation sent. It's waiting in your partner's Together list.");
      }),
    markTryDone: (tryId) =>
      run(async () => {
        const t = await markTryDone(tryId);
        update((s) => replaceTry(s, t));
        setNews(t.completedAt ? "You both did this. Lovely." : "Marked your part as done.");
      }),
  };
}
