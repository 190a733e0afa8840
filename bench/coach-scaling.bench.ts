/**
 * How the coach's time grows with the length of a text: each shape at 10,000 and 100,000
 * characters, the best of five runs each, and the ratio. Linear work gives about 10×,
 * quadratic about 100×: the coach must stay near the first on every shape, including
 * texts written to be awkward (no punctuation, one long word, quotes everywhere).
 *
 *   node --import tsx bench/coach-scaling.bench.ts
 */
import { loadavg } from "node:os";
import { analyze } from "../packages/coach/src/index.ts";

function bestOf(text: string, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    analyze({ share: text, reply: text, partnerNotes: [text.slice(0, 500)] });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const unit = "Oh no, I'm so sorry. You should talk to him, don't worry. Why are you upset? What happened 😭 ";
const shapes: [string, string][] = [
  ["prose", unit],
  ["no punctuation", "you should just why are you at least poor you "],
  ["one long quote-less word run", "a"],
  ["quotes everywhere", "'x' \"y\" ‘z’ "],
];
const sized = (piece: string, n: number) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);

console.log(`load average ${loadavg()[0]?.toFixed(2)}`);
console.log("shape                          10k ms   100k ms   ratio (linear ≈ 10, quadratic ≈ 100)");
for (const [name, piece] of shapes) {
  bestOf(sized(piece, 10_000)); // warm up
  const small = bestOf(sized(piece, 10_000));
  const large = bestOf(sized(piece, 100_000));
  console.log(`${name.padEnd(30)} ${small.toFixed(1).padStart(6)}  ${large.toFixed(1).padStart(8)}   ${(large / small).toFixed(1)}`);
}
