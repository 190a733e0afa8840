import type { Log } from "../log.ts";
import type { EventBus } from "./bus.ts";
import { memoryBus } from "./memory-bus.ts";
import { pgBus } from "./pg-bus.ts";

/** PostgreSQL LISTEN/NOTIFY when several instances may share the database; memory otherwise. */
export function openEventBus(databaseUrl: string | undefined, channel?: string, log?: Log): Promise<EventBus> {
  return databaseUrl ? pgBus(databaseUrl, channel, log) : Promise.resolve(memoryBus());
}
