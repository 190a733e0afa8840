import { pushPrefs, pushSettingsView, type PushPrefs, type PushSettingsView, type PushSubscriptionBody } from "@attune/shared";
import { call, callVoid } from "../api/client.ts";

export type { PushPrefs, PushSettingsView };

/** Query key of this screen's one query (its own area: no live event changes it). */
export const pushSettingsKey = ["push", "settings"] as const;

export const fetchPushSettings = () => call("GET", "/api/push/settings", pushSettingsView);
export const savePushPrefs = (prefs: PushPrefs) => call("PUT", "/api/push/prefs", pushPrefs, prefs);
export const saveSubscription = (body: PushSubscriptionBody) => callVoid("POST", "/api/push/subscriptions", body);
export const deleteSubscription = (endpoint: string) => callVoid("DELETE", "/api/push/subscriptions", { endpoint });
