import { describe, expect, it } from "vitest";
import { passwordHint } from "./password-hint.ts";

describe("passwordHint", () => {
  it.each([
    ["", "empty", 0],
    ["abc", "short", 0],
    ["1234567", "short", 0],
    ["aaaaaaaaaa", "guessable", 1],
    ["abababababab", "guessable", 1],
    ["12345678", "guessable", 1],
    ["qwertyuiop", "guessable", 1],
    ["87654321", "guessable", 1],
    ["tea-kettle", "okay", 2],
    ["tea kettle owl", "good", 3],
    ["a calm river at dusk", "strong", 4],
  ])("%j is %s", (password, strength, level) => {
    const hint = passwordHint(password);
    expect(hint.strength).toBe(strength);
    expect(hint.level).toBe(level);
    expect(hint.message.length).toBeGreaterThan(0);
  });

  it("counts how many characters are still missing", () => {
    expect(passwordHint("abcde").message).toBe("3 more characters to go.");
    expect(passwordHint("abcdefg").message).toBe("1 more character to go.");
  });

  it("names a password that is mostly the person's own name or email as easy to guess", () => {
    expect(passwordHint("mariana1", ["Mariana"]).strength).toBe("guessable");
    expect(passwordHint("mariana2024", ["mariana@example.test"]).strength).toBe("guessable");
    expect(passwordHint("mariana likes long walks", ["Mariana"]).strength).toBe("strong");
  });

  it("counts characters, not UTF-16 units, so emoji are not double-counted", () => {
    expect(passwordHint("🌿🌿🌿🌿").strength).toBe("short");
  });
});
