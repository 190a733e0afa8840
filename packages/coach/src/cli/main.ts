/**
 * The coach on the command line (`--help` prints the modes and the JSON-lines format).
 *   npm run --silent coach -- --jsonl < cases.jsonl   (batch: JSON lines in, JSON lines out)
 *   npm run coach                                    (interactive: type a share and a reply)
 */
import { createInterface } from "node:readline";
import { analyze } from "../analyze.ts";
import { formatAnalysis } from "./format.ts";
import { HELP, runJsonl } from "./jsonl.ts";

/** Lines of stdin as a queue, so piped input is not lost between prompts. */
function lineReader(): (prompt: string) => Promise<string | null> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on("line", (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  });
  rl.on("close", () => {
    closed = true;
    for (const w of waiting.splice(0)) w(null);
  });
  return (prompt) => {
    process.stdout.write(prompt);
    const line = queue.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (closed) return Promise.resolve(null);
    return new Promise((resolve) => waiting.push(resolve));
  };
}

async function interactive(): Promise<void> {
  const ask = lineReader();
  process.stdout.write("Attune coach — type what your partner shared, then your reply. An empty share ends.\n");
  for (;;) {
    const share = await ask("\nThey shared: ");
    if (share === null || share.trim().length === 0) break;
    const reply = (await ask("Your reply (empty to skip): ")) ?? "";
    const notesLine = reply.trim().length > 0 ? ((await ask("Notes about them (optional, separate with ;): ")) ?? "") : "";
    const partnerNotes = notesLine
      .split(";")
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    const a = analyze({ share, reply, partnerNotes });
    process.stdout.write(`\n${formatAnalysis(a, reply)}\n`);
  }
  process.stdout.write("\nTake care.\n");
  process.stdin.pause();
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (process.argv.includes("--jsonl")) {
    await runJsonl(process.stdin, process.stdout);
  } else {
    await interactive();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`coach: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
