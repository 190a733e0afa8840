import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_ORIGIN: z.string().url().optional(),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  HELP_RESOURCES_FILE: z.string().optional(),
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), "use smtp://… or smtps://…")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  PG_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{80,100}$/, "expected a base64url P-256 public key (npx web-push generate-vapid-keys)")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{40,50}$/, "expected a base64url P-256 private key")
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, "use mailto:you@example.org or an https:// address")
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  publicOrigin: string | undefined;
  trustProxy: boolean;
  webDist: string;
  /** An operator's JSON list of help services (docs/safety.md); ours when unset. */
  helpResourcesFile: string | undefined;
  /** Where password-reset emails go out; without it the operator issues codes (npm run reset-password). */
  smtp: { url: string; from: string } | undefined;
  /** PostgreSQL connections per instance; several instances share the database's limit. */
  pgPoolMax: number;
  /** Web Push signing keys and contact; the keys are made and kept in the database when unset. */
  vapid: { publicKey?: string; privateKey?: string; subject?: string };
}

/** Reads the environment; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a shell or a compose file) means "not set".
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  if (Boolean(e.SMTP_URL) !== Boolean(e.MAIL_FROM)) {
    throw new Error("Invalid environment: set both SMTP_URL and MAIL_FROM to send password-reset emails, or neither.");
  }
  // Without a fixed origin the link in a reset email would follow the request's Host
  // header, which anyone can forge to send a person's reset code to their own site.
  if (e.SMTP_URL && !e.PUBLIC_ORIGIN) {
    throw new Error("Invalid environment: SMTP_URL needs PUBLIC_ORIGIN, so that reset links point at this server.");
  }
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY)) {
    throw new Error("Invalid environment: set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither (then a pair is made and kept in the database).");
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    logLevel: e.LOG_LEVEL,
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, ""),
    trustProxy: e.TRUST_PROXY === "true",
    webDist: path.join(repoRoot, "apps/web/dist"),
    helpResourcesFile: e.HELP_RESOURCES_FILE ? path.resolve(e.HELP_RESOURCES_FILE) : undefined,
    smtp: e.SMTP_URL && e.MAIL_FROM ? { url: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    pgPoolMax: e.PG_POOL_MAX,
    vapid: {
      ...(e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY } : {}),
      ...(e.VAPID_SUBJECT ? { subject: e.VAPID_SUBJECT } : e.PUBLIC_ORIGIN?.startsWith("https://") ? { subject: e.PUBLIC_ORIGIN.replace(/\/$/, "") } : {}),
    },
  };
}
