import { describe, expect, it } from "vitest";
import { answerLine, HELP, JSONL_INPUT } from "../../src/cli/jsonl.ts";

describe("the coach CLI's JSON-lines mode", () => {
  it("documents its input and output in --help", () => {
    expect(HELP).toContain("--jsonl");
    expect(HELP).toContain('"share": string');
    expect(HELP).toContain('"error"');
  });

  it("says what it expected when a line is wrong, and keeps the line's id", () => {
    expect(answerLine("{nope")).toEqual({ error: `not valid JSON; expected ${JSONL_INPUT}` });
    expect(answerLine("[1,2]")).toEqual({ error: `expected ${JSONL_INPUT}` });
    expect(answerLine('{"id": 7, "reply": "hi"}')).toEqual({ id: 7, error: `"share" must be a string; expected ${JSONL_INPUT}` });
    expect(answerLine("   ")).toBeNull();
    expect(answerLine('{"id": "a", "share": "I got the job!", "reply": "Congratulations!"}')).toMatchObject({
      id: "a",
      moves: expect.arrayContaining(["shared_joy"]),
    });
  });
});
