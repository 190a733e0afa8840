import { repairCurrentView, repairView, type RepairActionInput, type RepairCurrentView, type RepairView } from "@attune/shared";
import { call } from "../api/client.ts";

/** The guided-repair endpoints, typed by the shared view. */

const enc = encodeURIComponent;

export type { RepairView };
export type RepairMode = RepairView["mode"];

export const startRepair = (mode: RepairMode) => call("POST", "/api/repair", repairView, { mode });
export const fetchRepair = (id: string) => call("GET", `/api/repair/${enc(id)}`, repairView);
export const sendAction = (id: string, action: RepairActionInput) => call("POST", `/api/repair/${enc(id)}/actions`, repairView, action);

/** The couple's open repair (null when there is none) and, while starts are held back, when one may start. */
export const fetchCurrentRepair = (): Promise<RepairCurrentView> => call("GET", "/api/repair/current", repairCurrentView);
