import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PasswordHasher } from "../domain/passwords.ts";

/**
 * A salted SHA-256 "hash" for API suites only: argon2id costs ~16 ms and 19 MiB per call by
 * design, and the authorization matrix signs up thousands of people. Never used by the
 * server; the argon2 hasher keeps its own test.
 */
export const fastTestHasher: PasswordHasher = {
  async hash(password) {
    const salt = randomBytes(8).toString("hex");
    return `test$${salt}$${createHash("sha256")
      .update(salt + password)
      .digest("hex")}`;
  },
  async verify(passwordHash, password) {
    const [scheme, salt, digest] = passwordHash.split("$");
    if (scheme !== "test" || salt === undefined || digest === undefined) return false;
    const expected = Buffer.from(digest, "hex");
    const actual = createHash("sha256")
      .update(salt + password)
      .digest();
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  },
};
