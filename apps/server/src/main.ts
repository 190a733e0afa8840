import { loadConfig } from "./config.ts";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startServer, type RunningServer } from "./server.ts";
import { BACKUP_REQUEST_FILE, writePidFile } from "./storage/sqlite-files.ts";

/** `npm start`: runs Attune with the configuration from the environment. */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const server = await startServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    webDist: config.webDist,
    logLevel: config.logLevel,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    helpResourcesFile: config.helpResourcesFile,
    smtp: config.smtp,
    pgPoolMax: config.pgPoolMax,
  });
  const where = server.engine === "sqlite" ? `SQLite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`Attune is ready at ${server.url} — database: ${where} — started in ${Date.now() - started} ms`);
  const forgetPid = server.engine === "sqlite" ? acceptBackupRequests(server, config.dataDir) : () => {};

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; finishing open requests and closing the database…`);
    await server.close();
    forgetPid();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

/**
 * `npm run backup` while the server runs: only this process can read the embedded
 * database, so the command names a file and sends SIGUSR2, and the backup is taken here.
 */
function acceptBackupRequests(server: RunningServer, dataDir: string): () => void {
  const forget = writePidFile(dataDir);
  process.on("SIGUSR2", () => {
    let target = "";
    try {
      target = readFileSync(path.join(dataDir, BACKUP_REQUEST_FILE), "utf8").trim();
    } catch {
      console.error("Received SIGUSR2 without a backup request; ignored.");
      return;
    }
    server.backup(target).then(
      () => console.log(`Backup written to ${target}`),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        writeFileSync(`${target}.error`, message);
        console.error(`Backup to ${target} failed: ${message}`);
      },
    );
  });
  return forget;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Attune could not start: ${message}`);
  process.exit(1);
});
