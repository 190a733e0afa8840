import { chmodSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { emailSchema } from "@attune/shared";
import { z } from "zod";
import type { DomainDeps } from "../domain/deps.ts";
import { DomainError } from "../domain/errors.ts";
import { issueResetForEmail } from "../domain/password-reset.ts";

/**
 * The operator's way into a running server on SQLite. SQLite allows one process per data
 * folder (the server holds the lock), so `npm run reset-password` cannot open the
 * database while Attune runs; it asks the server over this Unix socket instead. The
 * socket sits in a folder only the server's user may enter: whoever can use it could
 * read the database file beside it anyway.
 */
export const adminSocketPath = (dataDir: string) => path.join(dataDir, "admin", "attune.sock");

const requestSchema = z.object({ command: z.literal("reset-password"), email: emailSchema });
export const answerSchema = z.union([
  z.object({ ok: z.literal(true), code: z.string(), expiresAt: z.number() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type AdminAnswer = z.infer<typeof answerSchema>;

async function answer(deps: Pick<DomainDeps, "store" | "now">, line: string): Promise<AdminAnswer> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, message: "The request was not JSON." };
  }
  const request = requestSchema.safeParse(raw);
  if (!request.success) return { ok: false, message: request.error.issues[0]?.message ?? "Unknown request." };
  try {
    const issued = await issueResetForEmail(deps, request.data.email);
    return { ok: true, ...issued };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Listens on the admin socket of `dataDir`; resolves once listening. */
export async function listenAdminSocket(deps: Pick<DomainDeps, "store" | "now">, dataDir: string): Promise<{ close(): Promise<void> }> {
  const socketPath = adminSocketPath(dataDir);
  mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  chmodSync(path.dirname(socketPath), 0o700);
  // A socket file left by a server that died; ours is the only process on this folder (SQLite's lock).
  rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    let buffered = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      buffered += chunk;
      const end = buffered.indexOf("\n");
      if (end < 0) {
        if (buffered.length > 4096) socket.destroy();
        return;
      }
      answer(deps, buffered.slice(0, end)).then(
        (reply) => socket.end(`${JSON.stringify(reply)}\n`),
        () => socket.end(`${JSON.stringify({ ok: false, message: "The server could not do that; see its log." })}\n`),
      );
    });
    socket.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Asks a running server for a reset code; undefined when no server listens on `dataDir`. */
export function askAdminSocket(dataDir: string, email: string): Promise<AdminAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(adminSocketPath(dataDir));
    let buffered = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(`${JSON.stringify({ command: "reset-password", email })}\n`));
    socket.on("data", (chunk: string) => {
      buffered += chunk;
    });
    socket.on("end", () => {
      try {
        resolve(answerSchema.parse(JSON.parse(buffered)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // No socket file, or one left behind by a server that is gone.
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(undefined);
      else reject(error);
    });
  });
}
