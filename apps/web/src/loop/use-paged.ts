import { useCallback, useEffect, useRef, useState } from "react";
import { asFailure } from "../api/client.ts";

export interface Paged<T> {
  items: T[] | null;
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  /** look at the first page again and merge it in (new items on top, changed ones updated) */
  refreshTop(): void;
  setItems(update: (items: T[]) => T[]): void;
}

/**
 * A list paged by cursor with a "Show earlier" button: no infinite scroll and no
 * endless spinner, so the person decides how far back to read.
 */
export function usePaged<T extends { id: string }, P extends { items: T[]; nextCursor: string | null } = { items: T[]; nextCursor: string | null }>(
  fetchPage: (before: string | null) => Promise<P>,
  onFirst?: (page: P) => void,
): Paged<T> {
  const [items, setItemsState] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const first = useRef(onFirst);
  first.current = onFirst;

  const refreshTop = useCallback(() => {
    fetcher.current(null).then(
      (page) => {
        first.current?.(page);
        setItemsState((old) => {
          if (old === null) {
            setCursor(page.nextCursor);
            return page.items;
          }
          const fresh = new Map(page.items.map((i) => [i.id, i]));
          const known = new Set(old.map((i) => i.id));
          const added = page.items.filter((i) => !known.has(i.id));
          return [...added, ...old.map((i) => fresh.get(i.id) ?? i)];
        });
        setError(null);
      },
      (e: unknown) => setError(asFailure(e).message),
    );
  }, []);

  useEffect(() => refreshTop(), [refreshTop]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    fetcher.current(cursor)
      .then(
        (page) => {
          setItemsState((old) => {
            const known = new Set((old ?? []).map((i) => i.id));
            return [...(old ?? []), ...page.items.filter((i) => !known.has(i.id))];
          });
          setCursor(page.nextCursor);
          setError(null);
        },
        (e: unknown) => setError(asFailure(e).message),
      )
      .finally(() => setLoadingMore(false));
  }, [cursor, loadingMore]);

  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState((old) => (old ? update(old) : old)), []);

  return { items, error, hasMore: cursor !== null, loadingMore, loadMore, refreshTop, setItems };
}
