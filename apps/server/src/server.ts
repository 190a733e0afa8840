import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.ts";
import { replyCoach } from "./coach.ts";
import type { DomainDeps } from "./domain/deps.ts";
import { sweepExpired } from "./domain/housekeeping.ts";
import { argon2Hasher, type PasswordHasher } from "./domain/passwords.ts";
import { listenAdminSocket } from "./cli/admin-socket.ts";
import { openEventBus } from "./events/open-bus.ts";
import { smtpMailer, type SmtpSettings } from "./mail/smtp-mailer.ts";
import { loadHelpDirectory } from "./http/help-directory.ts";
import { createLog } from "./log.ts";
import { openStore } from "./storage/open-store.ts";
import type { PushOptions } from "./push/service.ts";

/** How often each instance looks for daily reminders that are due (each is claimed once, whichever instance finds it). */
const REMINDERS_EVERY_MS = 60 * 1000;

/** How often each instance forgets expired sessions and counters (idempotent across instances). */
const SWEEP_EVERY_MS = 15 * 60 * 1000;

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface StartOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  dataDir: string;
  databaseUrl?: string | undefined;
  webDist?: string;
  logLevel?: string;
  publicOrigin?: string | undefined;
  trustProxy?: boolean;
  /** An operator's help list (HELP_RESOURCES_FILE), validated before anything opens. */
  helpResourcesFile?: string | undefined;
  /** SMTP for password-reset emails; without it the operator issues codes (npm run reset-password). */
  smtp?: SmtpSettings | undefined;
  /** PostgreSQL schema (tests isolate themselves with one each). */
  pgSchema?: string;
  /** PostgreSQL connections per instance (PG_POOL_MAX). */
  pgPoolMax?: number;
  /** Web Push keys (VAPID_*; made and kept in the database when unset) and test switches. */
  push?: PushOptions;
  /**
   * Tests only: the password hasher (argon2id when unset). Browser tests pass a fast one so a
   * sign-up costs microseconds; main.ts never sets it, and no configuration or env var reaches it.
   */
  passwords?: PasswordHasher;
  /**
   * Tests only: scripts to serve at these paths ("/__test/axe.min.js" → its source), so a browser
   * test loads a helper such as axe-core as the page loads its own scripts (cached, and compiled
   * once) instead of sending ~650 KB through the DevTools protocol into every page it checks.
   * main.ts never sets it, and no configuration or env var reaches it.
   */
  testScripts?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  engine: "sqlite" | "postgres";
  /** SQLite: writes a consistent backup to `target` while serving (PostgreSQL: use pg_dump). */
  backup(target: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store, builds the app and listens. Used by main.ts and the browser tests. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const helpDirectory = loadHelpDirectory(options.helpResourcesFile);
  const log = createLog(options.logLevel ?? "warn");
  const store = await openStore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
    pgPoolMax: options.pgPoolMax,
    log,
  });
  const events = await openEventBus(options.databaseUrl, options.pgSchema ? `attune_events_${options.pgSchema}` : undefined, log);
  const deps: DomainDeps = { store, events, passwords: options.passwords ?? argon2Hasher, coach: replyCoach, now: Date.now };
  const mailer = options.smtp ? smtpMailer(options.smtp) : undefined;
  const app = await buildApp({
    ...(mailer ? { mailer } : {}),
    deps,
    logLevel: options.logLevel ?? "warn",
    webDist: options.webDist ?? defaultWebDist,
    ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
    trustProxy: options.trustProxy ?? false,
    helpDirectory,
    ...(options.push ? { push: options.push } : {}),
  });
  for (const [urlPath, source] of Object.entries(options.testScripts ?? {})) {
    app.get(urlPath, { schema: { hide: true } }, (_request, reply) =>
      reply.header("content-type", "text/javascript; charset=utf-8").header("cache-control", "private, max-age=3600").send(source),
    );
  }
  const sweep = () => {
    sweepExpired(deps).catch((error: unknown) => app.log.warn({ err: error }, "sweeping expired records failed; the next sweep tries again"));
  };
  // Soon after start (not during it), then now and then; neither keeps the process alive.
  const firstSweep = setTimeout(sweep, 10_000).unref();
  const sweeps = setInterval(sweep, SWEEP_EVERY_MS).unref();
  const reminders = setInterval(() => {
    app.push.sendDueReminders().catch((error: unknown) => app.log.warn({ err: error }, "sending daily reminders failed; the next minute tries again"));
    // Notices held through someone's quiet hours go once those hours end.
    app.push.releaseHeld().catch((error: unknown) => app.log.warn({ err: error }, "sending held notifications failed; the next minute tries again"));
  }, REMINDERS_EVERY_MS).unref();
  // SQLite lets only this process open the database, so the operator's reset command asks us.
  const admin =
    store.engine === "sqlite"
      ? await listenAdminSocket(deps, options.dataDir).catch((error: unknown) => {
          // Not fatal: Attune runs; only the reset command cannot reach it (it says so).
          app.log.warn({ err: error }, "the operator socket could not open; npm run reset-password needs the server stopped");
          return undefined;
        })
      : undefined;
  app.addHook("onClose", async () => {
    clearTimeout(firstSweep);
    clearInterval(sweeps);
    clearInterval(reminders);
    await admin?.close();
    mailer?.close();
    await events.close();
    await store.close();
  });
  try {
    await app.listen({ port: options.port ?? 0, host: options.host ?? "127.0.0.1" });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  const backup = async (target: string) => {
    if (!store.backupTo) throw new Error("Online backup is for the embedded database; on PostgreSQL use pg_dump (docs/operations.md).");
    await store.backupTo(target);
  };
  return { url: `http://${host}:${port}`, engine: store.engine, backup, close: () => app.close() };
}
