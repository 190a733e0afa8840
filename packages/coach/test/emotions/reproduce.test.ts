/**
 * The training script reproduces the shipped weights byte for byte: nobody edited them by
 * hand and the procedure is deterministic. Needs GoEmotions in `../shared/data`; skipped
 * where the data is not present (it is never copied into the repository).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir, train, weightsPath } from "../../scripts/train-emotions.ts";

const haveData = existsSync(path.join(dataDir, "goemotions", "ekman", "train.tsv"));

describe.skipIf(!haveData)("train-emotions.ts", () => {
  it("reproduces the shipped weights.json exactly", { timeout: 180_000 }, () => {
    const produced = train(() => {});
    expect(produced === readFileSync(weightsPath, "utf8"), "retrain: node --import tsx packages/coach/scripts/train-emotions.ts").toBe(true);
  });
});
