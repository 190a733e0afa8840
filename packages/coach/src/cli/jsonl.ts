/**
 * Batch mode of the coach CLI: one JSON object per input line in, one per output line
 * out. Streams (constant memory whatever the line count); a bad line yields
 * `{"id"?, "error"}` and the run goes on.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyze } from "../analyze.ts";

/** What one input line holds, said in every error so a wrong line shows the way to a right one. */
export const JSONL_INPUT = 'one JSON object per line: {"id"?: string|number, "share": string, "reply"?: string, "partnerNotes"?: string[]}';

/** `npm run coach -- --help`: the two modes and the JSON-lines format, in and out. */
export const HELP = [
  "Attune's empathy coach on the command line.",
  "",
  "  npm run coach                               interactive: type a share, then a reply",
  "  npm run --silent coach -- --jsonl < in.jsonl   batch: JSON lines in, JSON lines out",
  "",
  `Input (--jsonl): ${JSONL_INPUT}.`,
  '  e.g. {"id": 1, "share": "My boss shouted at me today.", "reply": "You should quit."}',
  "Output: one JSON object per input line, in order: the analysis (shareEmotions, shareDepth,",
  "  asksAdvice, pitfalls, moves, level, findings, rewrite, …) with the line's id, or",
  '  {"id"?, "error": "…"} for a line that could not be read; the run goes on. Blank lines are skipped.',
].join("\n");

/** The most a single input line may hold; longer lines are answered with an error. */
const MAX_LINE = 1_000_000;

function idOf(value: unknown): string | number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

/** Answers one input line; never throws. */
export function answerLine(line: string): Record<string, unknown> | null {
  if (line.trim().length === 0) return null;
  if (line.length > MAX_LINE) return { error: `line longer than ${MAX_LINE} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: `not valid JSON; expected ${JSONL_INPUT}` };
  }
  const id = idOf(value);
  const withId = (o: Record<string, unknown>): Record<string, unknown> => (id === undefined ? o : { id, ...o });
  if (typeof value !== "object" || value === null || Array.isArray(value)) return withId({ error: `expected ${JSONL_INPUT}` });
  const v = value as Record<string, unknown>;
  if (typeof v.share !== "string") return withId({ error: `"share" must be a string; expected ${JSONL_INPUT}` });
  if (v.reply !== undefined && v.reply !== null && typeof v.reply !== "string") return withId({ error: '"reply" must be a string' });
  const notes = v.partnerNotes;
  if (notes !== undefined && notes !== null && (!Array.isArray(notes) || !notes.every((n) => typeof n === "string"))) {
    return withId({ error: '"partnerNotes" must be an array of strings' });
  }
  try {
    const input = {
      share: v.share,
      ...(typeof v.reply === "string" ? { reply: v.reply } : {}),
      ...(Array.isArray(notes) ? { partnerNotes: notes as string[] } : {}),
    };
    return withId({ ...analyze(input) });
  } catch (e) {
    return withId({ error: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
  }
}

/** Reads JSON lines from `input` and writes answers to `output`, respecting backpressure. */
export async function runJsonl(input: Readable, output: Writable): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of rl) {
    const answer = answerLine(line);
    if (answer === null) continue;
    count++;
    if (!output.write(`${JSON.stringify(answer)}\n`)) {
      await new Promise<void>((resolve) => output.once("drain", resolve));
    }
  }
  return count;
}
