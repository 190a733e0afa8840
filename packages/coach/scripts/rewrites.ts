/**
 * Rewrites for a judging set: reads JSON lines {id, share, reply, partnerNotes?} on
 * stdin and writes {id, share, reply, rewrite} per line (rewrite null when the coach
 * sees no pitfall or the reply already lands). The same analysis as the app
 * (`analyze`); a line that cannot be read is answered with {id?, error}.
 *
 *   node --import tsx packages/coach/scripts/rewrites.ts < in.jsonl > rewrites.jsonl
 */
import { answerLine } from "../src/cli/jsonl.ts";
import { createInterface } from "node:readline";

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  const answer = answerLine(line);
  if (answer === null) continue;
  if ("error" in answer) {
    console.log(JSON.stringify(answer));
    continue;
  }
  const input = JSON.parse(line) as { id?: unknown; share: string; reply?: string };
  console.log(JSON.stringify({ id: input.id, share: input.share, reply: input.reply ?? "", rewrite: answer.rewrite ?? null }));
}
