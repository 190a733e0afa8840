// The writers' validator (`corpus/validate.mjs`) runs with plain Node in a folder outside the
// repo, for writers who never see the project, so it carries its own copy of the label ids.
// This holds that copy to the contract, and the committed writers who used it to its checks.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MOVE_IDS, PITFALL_IDS } from "../src/contract.ts";

const corpus = fileURLToPath(new URL("../corpus/", import.meta.url));
const validator = path.join(corpus, "validate.mjs");
const validate = (folder: string) => spawnSync(process.execPath, [validator, folder], { encoding: "utf8" });

/** A writer folder `w99` holding these cases, one per line. */
function writerFolder(cases: object[]): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "attune-validate-")), "w99");
  mkdirSync(folder);
  writeFileSync(path.join(folder, "part-01.jsonl"), `${cases.map((c) => JSON.stringify(c)).join("\n")}\n`);
  return folder;
}

const share = { shareEmotions: ["sad"], shareDepth: "inner", asksAdvice: false };

describe("the writers' validator", () => {
  it("knows exactly the contract's pitfalls and moves", () => {
    const result = validate(
      writerFolder([
        {
          id: "w99-0001",
          writer: "w99",
          share: "Rough day.",
          reply: "Every label at once.",
          partnerNotes: ["Hates fuss"],
          expect: { pitfalls: [...PITFALL_IDS], moves: [...MOVE_IDS], ...share },
        },
        { id: "w99-0002", writer: "w99", share: "Dentist, then groceries.", expect: { ...share, shareEmotions: [], shareDepth: "surface" } },
      ]),
    );
    expect(result.stdout).toContain("0 errors");
    expect(result.status).toBe(0);
    const counted = [...result.stdout.matchAll(/^ {2}(\w+) +(\d+)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(counted).toEqual([...PITFALL_IDS, ...MOVE_IDS].map((id) => [id, 1]));
  });

  it("refuses a label the contract does not have, and a wrong level", () => {
    const result = validate(
      writerFolder([
        { id: "w99-0001", writer: "w99", share: "x", reply: "y", expect: { pitfalls: ["fixin"], moves: [], level: 0, ...share } },
        { id: "w99-0002", writer: "w99", share: "x", reply: "y", expect: { pitfalls: [], moves: ["warmth"], level: 0, ...share } },
      ]),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/part-01\.jsonl:1: pitfalls must be a list of pitfall ids/);
    expect(result.stdout).toMatch(/part-01\.jsonl:2: level must be 1 here/);
  });

  // One validator process per writer (64 of them now): about 6 s on a quiet machine, several times that beside a training run.
  it("passes every committed writer who wrote with it (w39 on)", { timeout: 90_000 }, () => {
    const writers = readdirSync(corpus).filter((d) => /^w\d+$/.test(d) && Number(d.slice(1)) >= 39);
    expect(writers.length).toBeGreaterThanOrEqual(24);
    const failed = writers.filter((w) => validate(path.join(corpus, w)).status !== 0);
    expect(failed).toEqual([]);
  });
});
