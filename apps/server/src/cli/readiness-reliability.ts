import { readFile } from "node:fs/promises";
import { READINESS_VERSION, answersBody, reliabilityReport, type ReadinessAnswers } from "@attune/shared";
import { loadConfig } from "../config.ts";
import { openStore } from "../storage/open-store.ts";
import type { Store } from "../storage/store.ts";
import type { CliOutput } from "./reset-password.ts";

/** Fewer people than this and the figures would be noise (and small groups easier to single out). */
export const MIN_PEOPLE = 30;
/** A retake counts for test–retest when taken this many days after the first attempt. */
export const RETEST_DAYS = { min: 14, max: 120 } as const;
const DAY_MS = 86_400_000;

/**
 * `npm run readiness-reliability -- consented.txt`: how reliable the Readiness Test is on
 * this instance's own answers. consented.txt lists, one per line, the email of each
 * person who agreed to have their answers counted (ask first; nobody else is read).
 * Prints aggregates only, per subscale: ordinal omega, alpha, and test–retest agreement
 * (ICC(A,1)) for retakes 14–120 days apart. Only answers to the current items count.
 */
export async function runReadinessReliability(args: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  if (args.length !== 1) {
    io.err("Usage: npm run readiness-reliability -- consented.txt   (one email per line, people who agreed)");
    return 2;
  }
  const emails = [
    ...new Set(
      (await readFile(args[0]!, "utf8"))
        .split(/\r?\n/)
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l && !l.startsWith("#")),
    ),
  ];
  const config = loadConfig(env);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const people = await consentingAnswers(store, emails);
    if (people.length < MIN_PEOPLE) {
      io.err(
        `Only ${people.length} consenting people have taken the current test (version ${READINESS_VERSION}); at least ${MIN_PEOPLE} are needed before the figures mean anything.`,
      );
      return 1;
    }
    const rows = reliabilityReport(people);
    const f = (x: number) => (Number.isNaN(x) ? "  n/a" : x.toFixed(2).padStart(5));
    io.out(
      `Readiness Test v${READINESS_VERSION}: ${people.length} consenting people, ${rows[0]?.retestPairs ?? 0} with a retake ${RETEST_DAYS.min}-${RETEST_DAYS.max} days later.`,
    );
    io.out("subscale          items  ordinal omega  alpha  retest ICC(A,1)");
    for (const r of rows)
      io.out(`${r.subscale.padEnd(17)} ${String(r.items).padStart(5)}  ${f(r.ordinalOmega).padStart(13)}  ${f(r.alpha)}  ${f(r.retestIcc).padStart(15)}`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Each consenting person's first attempt at the current version, and a retake in the window. */
export async function consentingAnswers(store: Store, emails: readonly string[]): Promise<{ first: ReadinessAnswers; retake?: ReadinessAnswers }[]> {
  const out: { first: ReadinessAnswers; retake?: ReadinessAnswers }[] = [];
  for (const email of emails) {
    const user = await store.users.findByEmail(email);
    if (!user) continue;
    const attempts = (await store.readiness.forUser(user.id))
      .filter((r) => r.version === READINESS_VERSION && answersBody.safeParse(r.answers).success)
      .sort((a, b) => a.createdAt - b.createdAt);
    const first = attempts[0];
    if (!first) continue;
    const retake = attempts.find((r) => r.createdAt - first.createdAt >= RETEST_DAYS.min * DAY_MS && r.createdAt - first.createdAt <= RETEST_DAYS.max * DAY_MS);
    out.push(retake ? { first: first.answers, retake: retake.answers } : { first: first.answers });
  }
  return out;
}
