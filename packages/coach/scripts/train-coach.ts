/**
 * Fits the learned coach (`src/model/weights.json`) on the writers' corpus w1–w28 and
 * the project's own tuned cases. Deterministic: the same data gives the same bytes.
 * Never reads the held-out cases nor the blind writer (outside the repo).
 *
 *   node --import tsx packages/coach/scripts/train-coach.ts           # train + write
 *   node --import tsx packages/coach/scripts/train-coach.ts --check   # exit 1 unless it equals the shipped file
 *   node --import tsx packages/coach/scripts/train-coach.ts --dry-run # train, print sizes only
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadTraining } from "./lib/corpus.ts";
import { fitCoach } from "./lib/fit-coach.ts";

const weightsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/model/weights.json");

/** The text the weights file must hold. */
export function trainedFile(): string {
  const cases = loadTraining();
  const { files } = fitCoach(cases);
  return `${JSON.stringify({ about: files.reply.about, reply: { ...files.reply, about: "reply labels" }, share: { ...files.share, about: "share emotions, depth, advice request" }, stack: files.stack })}\n`;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  const text = trainedFile();
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `trained in ${((Date.now() - started) / 1000).toFixed(1)} s: ${kib(Buffer.byteLength(text))} raw, ${kib(gzipSync(text, { level: 9 }).length)} gzip`,
  );
  if (args.has("--check")) {
    const same = readFileSync(weightsPath, "utf8") === text;
    console.log(same ? "the shipped weights are reproduced bit for bit" : "the shipped weights differ from a fresh training run");
    process.exit(same ? 0 : 1);
  }
  if (args.has("--dry-run")) return;
  writeFileSync(weightsPath, text);
  console.log(`wrote ${weightsPath}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
