/**
 * Batch mode of the coach CLI: one JSON object per input line in, one per output line
 * out. Streams (constant memory whatever the line count); a bad line yields
 * `{"id"?, "error"}` and the run goes on.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyze } from "../analyze.ts";

/** The most a single input line may hold; longer lines are answered with an error. */
const MAX_LINE = 1_000_000;

function idOf(value: unknown): string | number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const id = (value as Record<string, unknown>)["id"];
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
    return { error: "not valid JSON" };
  }
  const id = idOf(value);
  const withId = (o: Record<string, unknown>): Record<string, unknown> => (id === undefined ? o : { id, ...o });
  if (typeof value !== "object" || value === null || Array.isArray(value)) return withId({ error: "expected a JSON object" });
  const v = value as Record<string, unknown>;
  if (typeof v["share"] !== "string") return withId({ error: '"share" must be a string' });
  if (v["reply"] !== undefined && v["reply"] !== null && typeof v["reply"] !== "string") return withId({ error: '"reply" must be a string' });
  const notes = v["partnerNotes"];
  if (notes !== undefined && notes !== null && (!Array.isArray(notes) || !notes.every((n) => typeof n === "string"))) {
    return withId({ error: '"partnerNotes" must be an array of strings' });
  }
  try {
    const input = { share: v["share"], ...(typeof v["reply"] === "string" ? { reply: v["reply"] } : {}), ...(Array.isArray(notes) ? { partnerNotes: notes as string[] } : {}) };
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
