import { myInsightsView, ourInsightsView, type InsightSignId, type MyInsightsView, type OurInsightsView } from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/** The insights endpoints, typed by the shared schemas. */
export type Weeks = 4 | 12;
export const fetchMine = (weeks: Weeks): Promise<MyInsightsView> => call("GET", `/api/insights/me?weeks=${weeks}`, myInsightsView);
export const fetchOurs = (weeks: Weeks): Promise<OurInsightsView> => call("GET", `/api/insights/us?weeks=${weeks}`, ourInsightsView);
export const setOptIn = (on: boolean) => call("PUT", "/api/insights/us/opt-in", z.object({ me: z.boolean(), partner: z.boolean() }), { on });
export const setMuted = (sign: InsightSignId, muted: boolean): Promise<void> => callVoid("PUT", `/api/insights/signs/${sign}/mute`, { muted });
