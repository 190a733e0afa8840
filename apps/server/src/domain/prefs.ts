import type { PrefsView } from "@attune/shared";
import type { UserRecord, Visibility } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";

export const prefsOf = (user: UserRecord): PrefsView => ({ defaultVisibility: user.defaultVisibility, country: user.country });

/** Changes what the person asked to change, and nothing else. */
export async function changePrefs(
  deps: DomainDeps,
  user: UserRecord,
  patch: { defaultVisibility?: Visibility | undefined; country?: string | null | undefined },
): Promise<PrefsView> {
  if (patch.defaultVisibility !== undefined) await deps.store.users.setDefaultVisibility(user.id, patch.defaultVisibility);
  if (patch.country !== undefined) await deps.store.users.setCountry(user.id, patch.country);
  return {
    defaultVisibility: patch.defaultVisibility ?? user.defaultVisibility,
    country: patch.country === undefined ? user.country : patch.country,
  };
}
