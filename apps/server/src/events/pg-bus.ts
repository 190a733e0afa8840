import pg from "pg";
import { type Log, stderrLog } from "../log.ts";
import { reportIdleError } from "../pg-idle-error.ts";
import { Subscribers, type CoupleEvent, type EventBus } from "./bus.ts";

const CHANNEL_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

/**
 * Events across server instances through PostgreSQL LISTEN/NOTIFY: every instance
 * listens on one channel and fans out locally to its own open streams. The listening
 * connection reconnects by itself if it drops, and then tells its streams to resync.
 */
export async function pgBus(connectionString: string, channel = "attune_events", log: Log = stderrLog): Promise<EventBus> {
  if (!CHANNEL_PATTERN.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  const subscribers = new Subscribers();
  const publisher = new pg.Pool({ connectionString, max: 2, application_name: `attune_bus_${channel}`.slice(0, 63) });
  publisher.on("error", (error) => reportIdleError(log, "event bus", error));
  let listener: pg.Client | undefined;
  let closed = false;
  let retryMs = RETRY_FIRST_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  // Keeps trying, more slowly each time, until the database answers again.
  const scheduleReconnect = (): void => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect(true).catch(() => scheduleReconnect());
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const connect = async (isReconnect: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString });
    const ignore = () => {};
    client.on("error", ignore); // a failed connect rejects below; don't crash on the event too
    client.on("notification", (msg) => {
      if (msg.channel !== channel || !msg.payload) return;
      try {
        subscribers.dispatch(JSON.parse(msg.payload) as CoupleEvent);
      } catch {
        // a malformed payload is dropped
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(ignore);
      throw error;
    }
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      if (listener === client) listener = undefined;
      client.end().catch(ignore);
      scheduleReconnect();
    };
    client.on("error", drop);
    client.on("end", drop);
    listener = client;
    retryMs = RETRY_FIRST_MS;
    // Whatever was published while we were away never reached us: say so.
    if (isReconnect) subscribers.resyncAll();
  };
  await connect(false);

  return {
    async publish(event) {
      try {
        await publisher.query("select pg_notify($1, $2)", [channel, JSON.stringify(event)]);
      } catch (error) {
        // The payload holds ids only; the message says what failed, not what was written.
        log.error(
          { reason: error instanceof Error ? error.message : String(error), type: event.type },
          "PostgreSQL event bus could not announce a change; open apps catch up on their next look.",
        );
      }
    },
    subscribe: (coupleId, fn) => subscribers.add(coupleId, fn),
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}
