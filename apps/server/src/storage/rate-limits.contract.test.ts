import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, testDatabase, type TestDatabase } from "../test/engines.ts";
import type { Store } from "./store.ts";

describe.each(engines)("rate-limit counts on %s", (engine) => {
  let tdb: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    tdb = testDatabase(engine);
    store = await tdb.open();
  });
  afterEach(async () => {
    await store.close();
    await tdb.drop();
  });

  it("counts hits in a window that starts at the first hit, and starts a new one once it has passed", async () => {
    expect(await store.rateLimits.hit("k", 1000, 60_000)).toEqual({ hits: 1, windowStart: 1000 });
    expect(await store.rateLimits.hit("k", 2000, 60_000)).toEqual({ hits: 2, windowStart: 1000 });
    expect(await store.rateLimits.hit("other", 2000, 60_000)).toEqual({ hits: 1, windowStart: 2000 });
    expect(await store.rateLimits.hit("k", 60_999, 60_000)).toEqual({ hits: 3, windowStart: 1000 });
    expect(await store.rateLimits.hit("k", 61_000, 60_000)).toEqual({ hits: 1, windowStart: 61_000 });
  });

  it("counts every one of many concurrent hits exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => store.rateLimits.hit("busy", 5000, 60_000)));
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("prunes windows that started before a time", async () => {
    await store.rateLimits.hit("old", 1000, 60_000);
    await store.rateLimits.hit("new", 90_000, 60_000);
    expect(await store.rateLimits.prune(50_000)).toBe(1);
    expect(await store.rateLimits.hit("old", 90_001, 600_000)).toEqual({ hits: 1, windowStart: 90_001 });
    expect(await store.rateLimits.hit("new", 90_001, 600_000)).toEqual({ hits: 2, windowStart: 90_000 });
  });
});
