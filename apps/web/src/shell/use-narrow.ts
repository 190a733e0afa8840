import { useSyncExternalStore } from "react";

/** Phones: the width at which the bottom bar replaces the header's navigation (styles/shell.css). */
export const NARROW_QUERY = "(max-width: 40rem)";

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
