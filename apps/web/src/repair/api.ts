import { repairView, type RepairActionInput, type RepairView } from "@attune/shared";
import { ApiFailure, call } from "../api/client.ts";

/** The guided-repair endpoints, typed by the shared view. */

const enc = encodeURIComponent;

export type { RepairView };
export type RepairMode = RepairView["mode"];

export const startRepair = (mode: RepairMode) => call("POST", "/api/repair", repairView, { mode });
export const fetchRepair = (id: string) => call("GET", `/api/repair/${enc(id)}`, repairView);
export const sendAction = (id: string, action: RepairActionInput) => call("POST", `/api/repair/${enc(id)}/actions`, repairView, action);

/** The couple's open repair, or null when there is none. */
export async function fetchCurrentRepair(): Promise<RepairView | null> {
  try {
    return await call("GET", "/api/repair/current", repairView);
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return null;
    throw e;
  }
}
