/**
 * Word clusters (`word-clusters.json`, built by `scripts/build-word-clusters.ts` from
 * GloVe vectors): words used alike share a cluster id, and the reply model reads the
 * ids beside the words, so a wording no writer used can meet the weight its neighbours
 * earned. The table is decoded on first use, not at import time.
 */
import clustersFile from "./word-clusters.json" with { type: "json" };

interface ClustersFile {
  about: string;
  clusters: string[];
}

let table: Map<string, number> | undefined;

/** Which cluster features the reply model reads: none, each word's cluster, or also cluster pairs and the opening word's cluster. */
export type ClusterMode = "off" | "words" | "pairs";
let mode: ClusterMode = "off";

/** The mode the features use. */
export function clusterMode(): ClusterMode {
  return mode;
}

/** Evaluation only (`eval-coach.ts --clusters`): compare modes; the shipped mode is the default above. */
export function setClusterMode(next: ClusterMode): void {
  mode = next;
}
/** Evaluation only: the words a leave-one-writer-out fold may know (its training text). */
let allowed: ReadonlySet<string> | null = null;

function decoded(): Map<string, number> {
  if (table !== undefined) return table;
  const file = clustersFile as ClustersFile;
  table = new Map();
  file.clusters.forEach((words, c) => {
    for (const w of words.split(" ")) if (w !== "") table?.set(w, c);
  });
  return table;
}

/**
 * The cluster of a token, or undefined for a word the table does not hold.
 *
 * @example
 * clusterOf("gutted") === clusterOf("devastated") // true when GloVe puts them together
 */
export function clusterOf(token: string): number | undefined {
  if (allowed !== null && !allowed.has(token)) return undefined;
  return decoded().get(token);
}

/** Every word the table holds (the build and the evaluation read it). */
export function clusterWords(): string[] {
  return [...decoded().keys()];
}

/**
 * Evaluation only (`scripts/eval-coach.ts --lowo`): limit the table to the words of a
 * fold's training text, as the shipped table holds only the training text's words, so a
 * held-out writer's own words get no cluster. `null` restores the whole table.
 */
export function restrictClusterWords(words: ReadonlySet<string> | null): void {
  allowed = words;
}
