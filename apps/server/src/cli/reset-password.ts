import { emailSchema } from "@attune/shared";
import { loadConfig } from "../config.ts";
import { DomainError } from "../domain/errors.ts";
import { issueResetForEmail, RESET_TTL_MS, resetLink, type IssuedReset } from "../domain/password-reset.ts";
import { openStore } from "../storage/open-store.ts";
import { askAdminSocket } from "./admin-socket.ts";

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `npm run reset-password -- someone@example.org`: issues a one-time reset code for the
 * operator to pass on (when Attune sends no email). With PostgreSQL it writes to the
 * database directly; with SQLite it asks the running server (which holds the database),
 * or opens the database itself when no server runs. Returns the exit code.
 */
export async function runResetPassword(args: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  const parsed = emailSchema.safeParse(args[0] ?? "");
  if (args.length !== 1 || !parsed.success) {
    io.err("Usage: npm run reset-password -- someone@example.org");
    return 2;
  }
  const email = parsed.data;
  const config = loadConfig(env);
  let issued: IssuedReset;
  try {
    const viaServer = config.databaseUrl ? undefined : await askAdminSocket(config.dataDir, email);
    if (viaServer && !viaServer.ok) {
      io.err(viaServer.message);
      return 1;
    }
    issued = viaServer ?? (await issueDirectly(config.databaseUrl, config.dataDir, email));
  } catch (error) {
    if (error instanceof DomainError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  io.out(`Reset code for ${email}: ${issued.code}`);
  io.out(
    config.publicOrigin
      ? `Link: ${resetLink(config.publicOrigin, issued.code)}`
      : `They enter it under "Forgot your password?" on the log-in page (/reset-password).`,
  );
  io.out(`It works once, until ${new Date(issued.expiresAt).toISOString()} (${RESET_TTL_MS / 60_000} minutes). Pass it on privately.`);
  return 0;
}

async function issueDirectly(databaseUrl: string | undefined, dataDir: string, email: string): Promise<IssuedReset> {
  const store = await openStore({ dataDir, databaseUrl });
  try {
    return await issueResetForEmail({ store, now: Date.now }, email);
  } finally {
    await store.close();
  }
}
