import { helpView, prefsView, type HelpView, type PrefsView } from "@attune/shared";
import { call } from "../api/client.ts";

export type { HelpView };

/** Help services for a country; public, so the help page works signed out. */
export const fetchHelp = (country: string) => call("GET", `/api/help?country=${encodeURIComponent(country)}`, helpView);
export const fetchPrefs = () => call("GET", "/api/me/prefs", prefsView);
export const saveCountry = (country: string | null): Promise<PrefsView> => call("PATCH", "/api/me/prefs", prefsView, { country });
