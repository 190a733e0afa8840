import { prefsView, type PrefsView, type Visibility } from "@attune/shared";
import { call } from "./client.ts";

/** A person's own settings (`/api/me/prefs`): the check-in screen and the help page both read them. */
export const fetchPrefs = (): Promise<PrefsView> => call("GET", "/api/me/prefs", prefsView);
export const savePrefs = (defaultVisibility: Visibility): Promise<PrefsView> => call("PATCH", "/api/me/prefs", prefsView, { defaultVisibility });
export const saveCountry = (country: string | null): Promise<PrefsView> => call("PATCH", "/api/me/prefs", prefsView, { country });
