import type { EventBus } from "./bus.ts";
import { memoryBus } from "./memory-bus.ts";
import { pgBus } from "./pg-bus.ts";

/** PostgreSQL LISTEN/NOTIFY when several instances may share the database; memory otherwise. */
export function openEventBus(databaseUrl: string | undefined, channel?: string): Promise<EventBus> {
  return databaseUrl ? pgBus(databaseUrl, channel) : Promise.resolve(memoryBus());
}
