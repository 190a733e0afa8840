import { describe, expect, it } from "vitest";
import { tabAfterKey } from "./tab-key.ts";

describe("moving between a phone page's parts by keyboard", () => {
  it("steps with the arrows and wraps around at either end", () => {
    expect(tabAfterKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabAfterKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 1, 3)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 3)).toBe(2);
  });
  it("jumps to the first and last part, and ignores other keys", () => {
    expect(tabAfterKey("Home", 2, 3)).toBe(0);
    expect(tabAfterKey("End", 0, 3)).toBe(2);
    expect(tabAfterKey("Enter", 1, 3)).toBeNull();
    expect(tabAfterKey("ArrowDown", 1, 3)).toBeNull();
  });
});
