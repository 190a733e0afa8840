import { repairStateSchema, type RepairActionInput } from "@attune/shared";
import { z } from "zod";
import { ApiFailure, call } from "../api/client.ts";

/** The guided-repair endpoints (docs: /work/notes/api-5-6.md). */

const enc = encodeURIComponent;
const person = z.enum(["a", "b"]);

export const repairView = z.object({
  id: z.string(),
  mode: z.enum(["together", "apart"]),
  /** my role in this repair */
  me: person,
  names: z.object({ a: z.string(), b: z.string() }),
  state: repairStateSchema,
  expected: z.array(z.object({ by: person, types: z.array(z.string()) })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RepairView = z.infer<typeof repairView>;
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
