import { useQuery } from "@tanstack/react-query";
import { keys } from "../data/keys.ts";
import { fetchPrefs } from "../api/prefs.ts";

/**
 * The country a signed-in person saved (null: none saved, or signed out, or it could not
 * be read), undefined while asking. Help must not wait: a failed read falls back to the
 * browser's guess at once instead of retrying.
 */
export function useSavedCountry(signedIn: boolean): string | null | undefined {
  const prefs = useQuery({ queryKey: keys.prefs, queryFn: fetchPrefs, enabled: signedIn, retry: false });
  if (!signedIn || prefs.isError) return null;
  return prefs.isPending ? undefined : prefs.data.country;
}
