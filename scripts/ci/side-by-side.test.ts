import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// The runner behind `npm test`'s checks (scripts/ci/checks.mjs): a failing step must fail
// with its own output, and must not stop the others from running.
interface Task {
  name: string;
  command: string;
  args: string[];
}
interface Outcome {
  name: string;
  code: number;
  seconds: number;
  output: string;
}
type Run = (tasks: Task[], options: { concurrency: number; onDone?: (o: Outcome) => void }) => Promise<Outcome[]>;

const here = path.dirname(fileURLToPath(import.meta.url));
const { runSideBySide } = (await import(pathToFileURL(path.join(here, "side-by-side.mjs")).href)) as { runSideBySide: Run };
const node = (name: string, code: string): Task => ({ name, command: process.execPath, args: ["-e", code] });

describe("running checks side by side", () => {
  it("keeps each step's output apart, reports a failure's exit code, and runs every step", async () => {
    const done: string[] = [];
    const outcomes = await runSideBySide(
      [
        node("fails", "console.log('type error in a.ts'); console.error('and in b.ts'); process.exit(2)"),
        node("passes", "console.log('all good')"),
        node("also passes", "process.stderr.write('a warning')"),
      ],
      { concurrency: 2, onDone: (o) => done.push(o.name) },
    );
    expect(outcomes.map((o) => [o.name, o.code])).toEqual([
      ["fails", 2],
      ["passes", 0],
      ["also passes", 0],
    ]);
    expect(outcomes[0]?.output).toContain("type error in a.ts");
    expect(outcomes[0]?.output).toContain("and in b.ts");
    expect(outcomes[0]?.output).not.toContain("all good");
    expect(outcomes[2]?.output).toBe("a warning");
    expect(done.sort()).toEqual(["also passes", "fails", "passes"]);
  });

  it("counts a command that cannot start as failed, with the reason", async () => {
    const [outcome] = await runSideBySide([{ name: "missing", command: "/no/such/tool", args: [] }], { concurrency: 2 });
    expect(outcome?.code).not.toBe(0);
    expect(outcome?.output).toContain("/no/such/tool");
  });
});
