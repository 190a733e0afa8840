import { QueryClient } from "@tanstack/react-query";
import { ApiFailure } from "../api/client.ts";

/**
 * The web app's one data layer: every screen reads the API through TanStack Query, so
 * loading, retry, refetch-on-focus and live updates are decided here once instead of by
 * hand in each screen.
 */

/** A person's mistake or a refusal (4xx) will not change by asking again; a dropped network or a 5xx may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiFailure && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Coming back to the tab looks again: this replaces each screen's visibilitychange handler.
        refetchOnWindowFocus: true,
        // Live events mark what changed; a short stale time only saves repeat requests
        // when one screen mounts several readers of the same data.
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}
