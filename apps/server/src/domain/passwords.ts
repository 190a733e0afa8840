import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane (~16 ms here). */
// 2 is Algorithm.Argon2id: the package exports it as an ambient const enum, which
// verbatimModuleSyntax cannot import.
const ARGON2_ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2_ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, ARGON2_OPTIONS),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // a malformed stored hash is a failed login, not a crash
    }
  },
};

let common: Set<string> | undefined;

/**
 * True for the ~49,000 commonest passwords (zxcvbn-ts's list, compared without
 * case): these are tried first by anyone guessing, whatever their length.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
