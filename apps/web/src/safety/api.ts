import { helpView, type HelpView } from "@attune/shared";
import { call } from "../api/client.ts";

export type { HelpView };

/** Help services for a country; public, so the help page works signed out. */
export const fetchHelp = (country: string) => call("GET", `/api/help?country=${encodeURIComponent(country)}`, helpView);
