import pg from "pg";
import { Subscribers, type CoupleEvent, type EventBus } from "./bus.ts";

const CHANNEL_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Events across server instances through PostgreSQL LISTEN/NOTIFY: every instance
 * listens on one channel and fans out locally to its own open streams. The listening
 * connection reconnects by itself if it drops.
 */
export async function pgBus(connectionString: string, channel = "attune_events"): Promise<EventBus> {
  if (!CHANNEL_PATTERN.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  const subscribers = new Subscribers();
  const publisher = new pg.Pool({ connectionString, max: 2 });
  let listener: pg.Client | undefined;
  let closed = false;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (msg) => {
      if (msg.channel !== channel || !msg.payload) return;
      try {
        subscribers.dispatch(JSON.parse(msg.payload) as CoupleEvent);
      } catch {
        // a malformed payload is dropped
      }
    });
    client.on("error", () => {
      listener = undefined;
      client.end().catch(() => {});
      if (!closed) setTimeout(() => void connect().catch(() => {}), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
  };
  await connect();

  return {
    async publish(event) {
      await publisher.query("select pg_notify($1, $2)", [channel, JSON.stringify(event)]);
    },
    subscribe: (coupleId, fn) => subscribers.add(coupleId, fn),
    async close() {
      closed = true;
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}
