// Format check and counts for one writer's folder of JSONL cases.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
const dir = process.argv[2];
if (!dir) {
  console.error("usage: node validate.mjs /work/corpus/<writer>");
  process.exit(2);
}
const writer = basename(dir);
const PITFALLS = [
  "fixing",
  "i_understand",
  "hijacking",
  "problem_solving_question",
  "making_it_about_me",
  "minimizing",
  "blaming",
  "why_question",
  "defensiveness",
  "sympathy",
];
const MOVES = ["validation", "naming_feeling", "warmth", "exploration", "presence", "shared_joy", "level_two", "empathic_apology"];
const EMOTIONS = ["mad", "sad", "glad", "fear"];
const errors = [];
const ids = new Set();
const counts = Object.fromEntries([...PITFALLS, ...MOVES].map((l) => [l, 0]));
let cases = 0,
  replies = 0,
  shareOnly = 0,
  hard = 0,
  mixed = 0,
  notes = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()) {
  readFileSync(join(dir, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${file}:${i + 1}`;
      let c;
      try {
        c = JSON.parse(line);
      } catch {
        errors.push(`${where}: not JSON`);
        return;
      }
      cases++;
      if (typeof c.id !== "string" || !new RegExp(`^${writer}-\\d{4}$`).test(c.id)) errors.push(`${where}: id must look like ${writer}-0001`);
      else if (ids.has(c.id)) errors.push(`${where}: duplicate id ${c.id}`);
      else ids.add(c.id);
      if (c.writer !== writer) errors.push(`${where}: writer must be "${writer}"`);
      if (typeof c.share !== "string" || c.share.trim() === "") errors.push(`${where}: share must be a non-empty string`);
      const e = c.expect;
      if (!e || typeof e !== "object") {
        errors.push(`${where}: expect missing`);
        return;
      }
      if (!Array.isArray(e.shareEmotions) || e.shareEmotions.some((x) => !EMOTIONS.includes(x)))
        errors.push(`${where}: shareEmotions must be a subset of ${EMOTIONS.join(", ")}`);
      if (e.shareDepth !== "inner" && e.shareDepth !== "surface") errors.push(`${where}: shareDepth must be inner or surface`);
      if (typeof e.asksAdvice !== "boolean") errors.push(`${where}: asksAdvice must be true or false`);
      if (c.partnerNotes !== undefined && (!Array.isArray(c.partnerNotes) || c.partnerNotes.some((n) => typeof n !== "string" || n.trim() === "")))
        errors.push(`${where}: partnerNotes must be a list of strings`);
      if (c.partnerNotes) notes++;
      if (c.hardNegative !== undefined && typeof c.hardNegative !== "boolean") errors.push(`${where}: hardNegative must be true or false`);
      if (c.reply === undefined) {
        shareOnly++;
        if (e.pitfalls !== undefined || e.moves !== undefined || e.level !== undefined)
          errors.push(`${where}: a share-only case has no pitfalls, moves or level`);
        return;
      }
      replies++;
      if (typeof c.reply !== "string" || c.reply.trim() === "") {
        errors.push(`${where}: reply must be a non-empty string`);
        return;
      }
      if (!Array.isArray(e.pitfalls) || e.pitfalls.some((x) => !PITFALLS.includes(x))) {
        errors.push(`${where}: pitfalls must be a list of pitfall ids`);
        return;
      }
      if (!Array.isArray(e.moves) || e.moves.some((x) => !MOVES.includes(x))) {
        errors.push(`${where}: moves must be a list of move ids`);
        return;
      }
      if (new Set(e.pitfalls).size !== e.pitfalls.length || new Set(e.moves).size !== e.moves.length) errors.push(`${where}: a label is listed twice`);
      for (const l of [...e.pitfalls, ...e.moves]) counts[l]++;
      if (e.pitfalls.length > 0 && e.moves.length > 0) {
        mixed++;
        if (e.level !== undefined) errors.push(`${where}: leave level out when moves and pitfalls mix`);
      } else {
        const want = e.moves.length === 0 ? 0 : e.moves.includes("level_two") ? 2 : 1;
        if (e.level !== want) errors.push(`${where}: level must be ${want} here`);
      }
      if (e.moves.includes("level_two") && !c.partnerNotes) errors.push(`${where}: level_two needs partnerNotes`);
      if (c.hardNegative) hard++;
    });
}
console.log(
  `${writer}: ${cases} cases (${replies} with a reply, ${shareOnly} share-only), ${hard} hard negatives, ${mixed} mixed, ${notes} with partner notes`,
);
for (const [label, n] of Object.entries(counts)) console.log(`  ${label.padEnd(26)} ${n}`);
if (errors.length) {
  console.log(`${errors.length} error(s):`);
  for (const x of errors.slice(0, 60)) console.log(`  ${x}`);
  process.exit(1);
}
console.log("0 errors");
