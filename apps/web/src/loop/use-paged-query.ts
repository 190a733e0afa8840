import { useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import { useMemo } from "react";
import { flattenPages, type Page } from "./paged.ts";

/** What a paged list screen needs to draw itself (see `PagedCheckins`). */
export interface PagedList<T> {
  items: T[] | null;
  error: unknown;
  retry(): void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
}

/**
 * A list paged by cursor with a "Show earlier" button: no infinite scroll and no
 * endless spinner, so the person decides how far back to read. An infinite query under
 * `key`: live events on its area refetch the loaded pages, new items on top.
 */
export function usePagedQuery<T extends { id: string }, P extends Page<T>>(
  key: QueryKey,
  fetchPage: (before: string | null) => Promise<P>,
  options: { enabled?: boolean } = {},
) {
  const query = useInfiniteQuery({
    queryKey: key,
    enabled: options.enabled ?? true,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => (pages ? flattenPages(pages) : null), [pages]);
  return {
    items,
    /** the newest page, for what it says besides its items (the timeline's unread count) */
    first: pages?.[0] ?? null,
    error: query.error,
    retry: () => void query.refetch(),
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
}
