/**
 * How often the coach offers a rewrite, by writer: for replies with a pitfall (by the
 * writer's labels) it should; for kind replies (no pitfall labelled, at least one move)
 * it should not — the reply already lands. w1–w5 are in-sample for the model; w7 is a
 * spent blind writer (readable since coach v5). Never reads w6 or anything outside the repo.
 *
 *   node --import tsx packages/coach/scripts/eval-rewrite-offers.ts [w1,w2,w3,w4,w5,w7]
 */
import { analyze } from "../src/index.ts";
import { loadWriter } from "./lib/corpus.ts";

const writers = (process.argv[2] ?? "w1,w2,w3,w4,w5,w7").split(",").filter((w) => w !== "w6" && w !== "");
let withPitfall = 0;
let withPitfallRewritten = 0;
let kind = 0;
let kindRewritten = 0;
for (const writer of writers) {
  let p = 0;
  let pr = 0;
  let k = 0;
  let kr = 0;
  for (const c of loadWriter(writer)) {
    if (c.reply === undefined || c.reply.trim() === "") continue;
    const rewrite = analyze({ share: c.share, reply: c.reply, partnerNotes: c.notes }).rewrite;
    if (c.pitfalls.length > 0) {
      p++;
      if (rewrite !== null) pr++;
    } else if (c.moves.length > 0) {
      k++;
      if (rewrite !== null) kr++;
    }
  }
  console.log(
    `${writer}: rewrite for a reply with a pitfall ${pr}/${p}  for a kind reply without one ${kr}/${k} (${((100 * kr) / Math.max(1, k)).toFixed(1)}%)`,
  );
  withPitfall += p;
  withPitfallRewritten += pr;
  kind += k;
  kindRewritten += kr;
}
console.log(
  `all: rewrite for a reply with a pitfall ${withPitfallRewritten}/${withPitfall} (${((100 * withPitfallRewritten) / Math.max(1, withPitfall)).toFixed(1)}%)  for a kind reply without one ${kindRewritten}/${kind} (${((100 * kindRewritten) / Math.max(1, kind)).toFixed(1)}%)`,
);
