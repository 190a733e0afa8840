import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import type { CoupleEvent } from "./bus.ts";
import { memoryBus } from "./memory-bus.ts";
import type { Log } from "../log.ts";
import { pgBus } from "./pg-bus.ts";

const next = (events: CoupleEvent[], n: number, ms = 5000) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = () => (events.length >= n ? resolve() : Date.now() - started > ms ? reject(new Error(`only ${events.length} events`)) : setTimeout(tick, 10));
    tick();
  });

describe("event bus", () => {
  it("delivers in memory to the couple's subscribers only, and stops after unsubscribe", async () => {
    const bus = memoryBus();
    const got: CoupleEvent[] = [];
    const other: CoupleEvent[] = [];
    const witness: CoupleEvent[] = [];
    const stop = bus.subscribe("c1", (e) => got.push(e));
    bus.subscribe("c1", (e) => witness.push(e));
    bus.subscribe("c2", (e) => other.push(e));
    await bus.publish({ coupleId: "c1", type: "checkin", id: "x", actorId: "a" });
    await next(got, 1);
    stop();
    await bus.publish({ coupleId: "c1", type: "reply", id: "y", actorId: "a" });
    // A sentinel instead of a sleep: once c2 hears its own event and c1's other listener
    // heard "y", anything meant for them has been delivered.
    await bus.publish({ coupleId: "c2", type: "reply", id: "sentinel", actorId: "a" });
    await next(witness, 2);
    await next(other, 1);
    expect(got.map((e) => e.id)).toEqual(["x"]);
    expect(other.map((e) => e.id)).toEqual(["sentinel"]);
  });

  it.runIf(process.env.DATABASE_URL)("crosses server instances through PostgreSQL LISTEN/NOTIFY", async () => {
    const url = process.env.DATABASE_URL ?? "";
    const channel = `attune_test_${Math.random().toString(36).slice(2, 10)}`;
    const instanceA = await pgBus(url, channel);
    const instanceB = await pgBus(url, channel);
    try {
      const onB: CoupleEvent[] = [];
      instanceB.subscribe("c9", (e) => onB.push(e));
      await instanceA.publish({ coupleId: "c9", type: "answer", id: "z", actorId: "a" });
      await instanceA.publish({ coupleId: "c8", type: "answer", id: "not-ours", actorId: "a" });
      // Notifications arrive in order: once the sentinel is here, "not-ours" would have been too.
      await instanceA.publish({ coupleId: "c9", type: "answer", id: "sentinel", actorId: "a" });
      await next(onB, 2);
      expect(onB.map((e) => e.id)).toEqual(["z", "sentinel"]);
    } finally {
      await instanceA.close();
      await instanceB.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)("reconnects after its PostgreSQL connection is cut, tells subscribers to resync, and delivers again", async () => {
    const url = process.env.DATABASE_URL ?? "";
    const channel = `attune_test_${Math.random().toString(36).slice(2, 10)}`;
    const instanceA = await pgBus(url, channel);
    const instanceB = await pgBus(url, channel);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const onB: CoupleEvent[] = [];
      instanceB.subscribe("c7", (e) => onB.push(e));
      // Cut both instances' listening connections, as a database restart or network blip would.
      const cut = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where query = $1", [`LISTEN ${channel}`]);
      expect(cut.rowCount).toBe(2);
      await next(onB, 1);
      expect(onB[0]).toMatchObject({ coupleId: "c7", type: "resync" });
      // Once back, events flow again (A may still be reconnecting: keep publishing until B hears).
      const started = Date.now();
      while (!onB.some((e) => e.id === "after") && Date.now() - started < 10_000) {
        await instanceA.publish({ coupleId: "c7", type: "checkin", id: "after", actorId: "a" }).catch(() => {});
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(onB.some((e) => e.id === "after")).toBe(true);
    } finally {
      await admin.end();
      await instanceA.close();
      await instanceB.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)("keeps publishing after its idle publishing connection is cut", async () => {
    const url = process.env.DATABASE_URL ?? "";
    const channel = `attune_test_${Math.random().toString(36).slice(2, 10)}`;
    const quiet = { error: vi.fn(), warn: vi.fn(), info: vi.fn() } as unknown as Log;
    const bus = await pgBus(url, channel, quiet);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const got: CoupleEvent[] = [];
      bus.subscribe("c6", (e) => got.push(e));
      await bus.publish({ coupleId: "c6", type: "reply", id: "before", actorId: "a" });
      await next(got, 1);
      const cut = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [`attune_bus_${channel}`]);
      expect(cut.rowCount).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 300));
      await bus.publish({ coupleId: "c6", type: "reply", id: "after", actorId: "a" });
      await next(got, 2);
      expect(got.map((e) => e.id)).toEqual(["before", "after"]);
    } finally {
      await admin.end();
      await bus.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)("never fails a publish (the change is saved already): it logs so instead, with ids and kinds only", async () => {
    const said = vi.fn();
    const log = { error: said, warn: vi.fn(), info: vi.fn() } as unknown as Log;
    const bus = await pgBus(process.env.DATABASE_URL ?? "", `attune_test_${Math.random().toString(36).slice(2, 10)}`, log);
    await bus.close(); // its connections are gone, as when the database is away
    await expect(bus.publish({ coupleId: "c5", type: "checkin", id: "x", actorId: "a" })).resolves.toBeUndefined();
    expect(said).toHaveBeenCalledWith(expect.objectContaining({ type: "checkin" }), expect.stringContaining("could not announce a change"));
  });
});
