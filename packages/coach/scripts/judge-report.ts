/**
 * The blind judge's grades of the rewrites (0 wrong or worse, 1 acceptable, 2 what a
 * caring partner would send): their distribution, with replies the coach gave no
 * rewrite for counted as 0.
 *
 *   node --import tsx packages/coach/scripts/judge-report.ts /work/corpus/judge/grades.jsonl
 */
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "/work/corpus/judge/grades.jsonl";
const grades = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .flatMap((l) => {
    try {
      const g = JSON.parse(l) as { id: string; grade: number };
      return [0, 1, 2].includes(g.grade) ? [g.grade] : [];
    } catch {
      return [];
    }
  });
const missingFile = file.replace(/grades\.jsonl$/, "rewrites.jsonl.no-rewrite.txt");
const none = existsSync(missingFile)
  ? readFileSync(missingFile, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "").length
  : 0;
const all = [...grades, ...Array.from({ length: none }, () => 0)];
const count = (g: number): number => all.filter((x) => x === g).length;
const n = all.length;
console.log(`${grades.length} graded rewrites + ${none} replies without a rewrite (as 0) = ${n}`);
for (const g of [0, 1, 2]) console.log(`grade ${g}: ${count(g)} (${((100 * count(g)) / Math.max(1, n)).toFixed(1)}%)`);
console.log(
  `graded ≥ 1: ${(((count(1) + count(2)) * 100) / Math.max(1, n)).toFixed(1)}%   graded 2: ${((count(2) * 100) / Math.max(1, n)).toFixed(1)}%   mean ${(all.reduce((a, b) => a + b, 0) / Math.max(1, n)).toFixed(2)}`,
);
const made = grades.length;
const madeCount = (g: number): number => grades.filter((x) => x === g).length;
console.log(
  `of the rewrites made: graded ≥ 1: ${(((madeCount(1) + madeCount(2)) * 100) / Math.max(1, made)).toFixed(1)}%   graded 2: ${((madeCount(2) * 100) / Math.max(1, made)).toFixed(1)}%`,
);
