/**
 * Measures the shipped emotion detector (`detectEmotions`, with the shipped
 * `weights.json`) on GoEmotions dev, Ekman grouping mapped to our four (mad = anger +
 * disgust, sad = sadness, glad = joy, fear = fear; surprise and neutral = none), and
 * times it.
 *
 *   node --import tsx packages/coach/scripts/eval-emotions.ts
 *
 * Prints per-emotion precision / recall / F1, macro-F1 over the four, the lexicon-only
 * baseline, the time per detection on the dev texts and on 400-character texts, and
 * the weights file size (raw and gzip).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { analyze } from "../src/analyze.ts";
import { detectEmotions } from "../src/emotions/index.ts";
import { affirmedWords, findFeelingWords } from "../src/emotions/lexicon.ts";
import { tokenize } from "../src/text/tokenize.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "../src/emotions/types.ts";
import { loadSplit, prf, repoRoot, weightsPath } from "./train-emotions.ts";

type Predict = (text: string) => ReadonlySet<CoreEmotion>;

function report(name: string, dev: ReturnType<typeof loadSplit>, predict: Predict): number {
  const counts = CORE_EMOTIONS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const ex of dev) {
    const found = predict(ex.text);
    CORE_EMOTIONS.forEach((e, k) => {
      const c = counts[k] as { tp: number; fp: number; fn: number };
      const gold = ex.labels[k] === 1;
      if (found.has(e) && gold) c.tp++;
      else if (found.has(e)) c.fp++;
      else if (gold) c.fn++;
    });
  }
  console.log(`\n${name}`);
  console.log("emotion  support  precision  recall     F1");
  let sum = 0;
  CORE_EMOTIONS.forEach((e, k) => {
    const c = counts[k] as { tp: number; fp: number; fn: number };
    const m = prf(c.tp, c.fp, c.fn);
    sum += m.f1;
    console.log(
      `${e.padEnd(7)}  ${String(c.tp + c.fn).padStart(7)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3).padStart(5)}`,
    );
  });
  const macro = sum / CORE_EMOTIONS.length;
  console.log(`macro-F1 over the four: ${macro.toFixed(3)}`);
  return macro;
}

function timePerCall(texts: readonly string[], rounds: number): { meanUs: number; p99Us: number } {
  for (const t of texts) detectEmotions(t); // warm up (and build the lookup table)
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const start = performance.now();
      detectEmotions(t);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { meanUs: mean * 1000, p99Us: (samples[Math.floor(samples.length * 0.99)] ?? 0) * 1000 };
}

function main(): void {
  // the first call decodes the weights: what the composer pays once after page load
  const coldStart = performance.now();
  detectEmotions("I'm so tired and a bit worried about tomorrow");
  const coldMs = performance.now() - coldStart;
  const devPath = path.join(repoRoot, "../shared/data/goemotions/ekman/dev.tsv");
  const dev = loadSplit("dev");
  console.log(`GoEmotions dev (${path.relative(repoRoot, devPath)}): ${dev.length} rows`);

  report("detectEmotions (model + lexicon, shipped weights)", dev, (text) => new Set(detectEmotions(text).emotions.map((r) => r.emotion)));
  // What the app shows since issue 12: the learned share model (GoEmotions detector as one of its features).
  report("analyze().shareEmotions (learned share model over the detector)", dev, (text) => new Set(analyze({ share: text }).shareEmotions));
  report("lexicon only (baseline: any affirmed feeling word of the emotion)", dev, (text) => {
    const hits = findFeelingWords(tokenize(text)).filter((h) => !h.negated);
    return new Set(hits.map((h) => h.emotion));
  });

  const wordsFound = dev.filter((ex) => affirmedWords(findFeelingWords(tokenize(ex.text))).length > 0).length;
  console.log(`\nrows naming at least one feeling word: ${wordsFound} of ${dev.length}`);

  const texts = dev.map((ex) => ex.text);
  const devTime = timePerCall(texts, 5);
  const long: string[] = [];
  for (let i = 0; i + 8 < texts.length && long.length < 500; i += 7) {
    let t = "";
    for (let j = i; t.length < 400; j++) t += `${texts[j % texts.length] ?? ""} `;
    long.push(t.slice(0, 400));
  }
  const longTime = timePerCall(long, 20);
  console.log(
    `\ntime per detection, dev texts (mean ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} chars): mean ${devTime.meanUs.toFixed(1)} µs, p99 ${devTime.p99Us.toFixed(1)} µs`,
  );
  console.log(`first call (decodes the weights once): ${coldMs.toFixed(1)} ms`);
  console.log(`time per detection, 400-char texts: mean ${longTime.meanUs.toFixed(1)} µs, p99 ${longTime.p99Us.toFixed(1)} µs`);

  const raw = readFileSync(weightsPath);
  console.log(
    `\nweights file ${path.relative(repoRoot, weightsPath)}: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KiB gzip (level 9)`,
  );
}

main();
