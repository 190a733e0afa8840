import pino, { type Logger } from "pino";
import { loggerOptions } from "./http/logging.ts";

/** What server parts outside a request log through: pino's calls, so tests can pass a spy. */
export type Log = Pick<Logger, "error" | "warn" | "info">;

/** A logger with the HTTP app's redaction and level, for what runs beside the app (pools, the bus). */
export function createLog(level: string): Log {
  return pino(loggerOptions(level) as pino.LoggerOptions);
}

/** For tools and tests that open storage without a server: warnings and errors to stderr. */
export const stderrLog: Log = pino({ level: "warn" }, pino.destination(2));
