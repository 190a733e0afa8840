// The batch CLI: JSON lines in, one JSON line out per input, bad lines answered with
// an error, never a crash.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(input: string, args: string[] = ["--jsonl"]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "packages/coach/src/cli/main.ts", ...args], { cwd: new URL("../../../../", import.meta.url).pathname });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe("coach CLI --jsonl", () => {
  it("answers every line, bad ones with an error", async () => {
    const lines = [
      JSON.stringify({ id: "a", share: "I'm so anxious about tomorrow", reply: "You should just sleep early." }),
      "{not json",
      JSON.stringify({ id: "c", share: 42 }),
      JSON.stringify({ id: "d", share: "Fine. Lots of meetings." }),
      JSON.stringify({ id: "e", share: "Mum is ill", reply: "Given how close you two are, no wonder.", partnerNotes: ["very close to mum"] }),
      "",
      JSON.stringify(["array"]),
    ].join("\n");
    const { code, out } = await run(`${lines}\n`);
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(6);
    const byId = new Map(rows.filter((r) => r["id"] !== undefined).map((r) => [r["id"], r]));
    expect(byId.get("a")).toMatchObject({ pitfalls: ["fixing"], shareDepth: "inner" });
    expect(byId.get("c")).toMatchObject({ error: expect.any(String) });
    expect(byId.get("d")).toMatchObject({ shareDepth: "surface", pitfalls: [], moves: [] });
    expect(byId.get("e")?.["moves"]).toContain("level_two");
    expect(rows.filter((r) => r["error"] !== undefined)).toHaveLength(3);
  });

  it("streams 10,000 lines", async () => {
    const line = JSON.stringify({ id: "x", share: "I had a rough day", reply: "Oh no. What happened?" });
    const { code, out } = await run(`${Array.from({ length: 10_000 }, () => line).join("\n")}\n`);
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(10_000);
  }, 60_000);

  it("interactive mode reads a share and a reply from piped input", async () => {
    const { code, out } = await run("I got the job!!\nCongrats, so proud of you!\n\n\n", []);
    expect(code).toBe(0);
    expect(out).toMatch(/shared joy/);
    expect(out).toMatch(/Level: 1/);
  });
});
