import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

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
  });
  const where = server.engine === "sqlite" ? `SQLite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`Attune is ready at ${server.url} — database: ${where} — started in ${Date.now() - started} ms`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; finishing open requests and closing the database…`);
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Attune could not start: ${message}`);
  process.exit(1);
});
