import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { READINESS_ITEMS, READINESS_VERSION } from "@attune/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../storage/open-store.ts";
import { MIN_PEOPLE, runReadinessReliability } from "./readiness-reliability.ts";

const DAY_MS = 86_400_000;

describe("npm run readiness-reliability", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "attune-rel-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function seed(people: number): Promise<string[]> {
    const store = await openStore({ dataDir });
    const emails: string[] = [];
    try {
      for (let p = 0; p < people; p++) {
        const id = randomUUID();
        const email = `person${p}@example.test`;
        emails.push(email);
        await store.users.create({
          id,
          email,
          displayName: `P${p}`,
          passwordHash: "h",
          createdAt: 1,
          passwordChangedAt: 1,
          defaultVisibility: "private",
          country: null,
        });
        // A trait per person, so the scales hang together a little.
        const level = 1 + (p % 5);
        const answers = Object.fromEntries(
          READINESS_ITEMS.map((i, n) => [i.id, Math.min(5, Math.max(1, (i.reverse ? 6 - level : level) + ((n + p) % 3) - 1))]),
        );
        await store.readiness.create({
          id: randomUUID(),
          userId: id,
          version: READINESS_VERSION,
          answers,
          result: {},
          sharedCoupleId: null,
          createdAt: 10 * DAY_MS,
        });
        if (p % 2 === 0)
          await store.readiness.create({
            id: randomUUID(),
            userId: id,
            version: READINESS_VERSION,
            answers,
            result: {},
            sharedCoupleId: null,
            createdAt: 40 * DAY_MS,
          });
      }
    } finally {
      await store.close();
    }
    return emails;
  }

  async function run(consented: string[]) {
    const file = path.join(dataDir, "consented.txt");
    await writeFile(file, `# people who agreed\n${consented.join("\n")}\n`);
    const out: string[] = [];
    const err: string[] = [];
    const exit = await runReadinessReliability([file], { DATA_DIR: dataDir, NODE_ENV: "test" }, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { exit, out: out.join("\n"), err: err.join("\n") };
  }

  it("reads only consenting people and prints aggregates per subscale, never a person", async () => {
    const emails = await seed(MIN_PEOPLE + 6);
    const r = await run(emails.slice(0, MIN_PEOPLE + 2));
    expect(r.exit, r.err).toBe(0);
    expect(r.out).toContain(`${MIN_PEOPLE + 2} consenting people`);
    expect(r.out).toMatch(/listening\s+6\s+\d\.\d\d\s+\d\.\d\d\s+\d\.\d\d/);
    expect(r.out).not.toMatch(/@example\.test|person\d/);
  });

  it("refuses to report on too few consenting people", async () => {
    const emails = await seed(5);
    const r = await run([...emails, "nobody@example.test"]);
    expect(r.exit).toBe(1);
    expect(r.err).toMatch(/Only 5 consenting people/);
    expect(r.out).toBe("");
  });
});
