import { describe, expect, it } from "vitest";
import { argon2Hasher } from "./passwords.ts";

// API suites use a fast stand-in; the real hasher is proven here.
describe("the password hasher the server uses", () => {
  it("stores argon2id with OWASP's parameters and verifies only the right password", async () => {
    const hash = await argon2Hasher.hash("a calm river at dusk");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await argon2Hasher.verify(hash, "a calm river at dusk")).toBe(true);
    expect(await argon2Hasher.verify(hash, "a calm river at dawn")).toBe(false);
    expect(await argon2Hasher.verify("not a hash", "anything")).toBe(false);
  });
});
