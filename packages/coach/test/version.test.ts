import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, COACH_VERSION } from "../src/index.ts";
import { ALL_CASES, HOLDOUT_CASES } from "./cases/index.ts";

/**
 * The coach's version moves with its output. A fingerprint of `analyze` over our own
 * cases is recorded per version in output-fingerprints.json; a change in output under
 * the same version fails here. To release a change: bump COACH_VERSION (src/version.ts),
 * then run `UPDATE_COACH_FINGERPRINT=1 npx vitest run packages/coach/test/version.test.ts`,
 * which adds the new version's line (it never rewrites an existing one).
 */
const FILE = new URL("./output-fingerprints.json", import.meta.url);

// Rounded so a last-bit difference in floating point between machines is not a change.
const rounded = (_key: string, value: unknown) => (typeof value === "number" ? Math.round(value * 1e4) / 1e4 : value);

/**
 * Inputs our cases do not cover, whose output the version must still name (since 10.2.0):
 * a reply in another language gets no starter of ours in English; a cut's leftover "you"; a bare say-back; an offer after a first clause; a condition left alone; a clause that leans on cut news, a joined opener's capital; a reply's sentence start taken for a name, two interjections stacked; a plain sentence that carries a cut pitfall on, a reason whose claim was cut, "somebody" after an opener.
 */
const PROBES: readonly { share: string; reply: string; partnerNotes?: string[] }[] = [
  { share: "Otra vez la doctora con lo del peso. Me sentí fatal.", reply: "¿Y por qué no le dijiste nada? Siempre te quedas callada, amor, así no." },
  { share: "Me han vuelto a dejar fuera de la reunión del proyecto. Estoy harta.", reply: "Pues habla con tu jefa mañana y díselo claro, no te calles más." },
  // 10.3.0: no starter that is only "Oh, <the share said back>."
  { share: "My sister called about the house again.", reply: "You always let her get to you, just ignore her." },
  // 10.4.2: a condition left alone by a cut ("If you don't.") goes.
  {
    share: "My brother won't come to the wedding if you're there. And Mum said nothing.",
    reply:
      "That's horrible, love, you didn't deserve that. Have you thought about ringing your mum and telling her how much it hurt? Cos if you don't, she'll just keep doing it.",
  },
  // 10.4.1: an offer after "I'm leaving work early," is kept (their own words, a rewrite), not cut for a line of ours.
  {
    share: "Today would have been our baby's due date. I've been crying in the car.",
    reply: "Poor you, so sad for you. I'm leaving work early, I'll come and get you from the car park.",
  },
  // 10.5.1: no "celebrate both" once their own news is cut; no capital after a joined opener.
  { share: "Finally got Nan's bread pudding right.", reply: "Nice! We're both on a roll then, I passed my forklift ticket today. Let's celebrate both!" },
  { share: "Biopsy done. Sore and a bit undignified. Results in two weeks.", reply: "Aw, poor lamb. Poor old Dai. Awful for you, it is." },
  // 10.8.1: a word starting a sentence of the reply is no name ("Oh, come here"); no "Ugh, Oof,".
  {
    share: "I feel useless. You're doing everything and I can't even carry the shopping in.",
    reply: "Oh that's the saddest thing I ever heard. Poor pitiful thing, feeling like that. Come here and let me hold you a minute.",
  },
  {
    share: "Jo said I never listen to her. I thought I did.",
    reply: "Oof, that's a hard one to hear from her. Ugh I know exactly what you mean though, my sister said the same to me last week and I felt awful.",
  },
  // 10.8.2: a plain sentence right after a pitfall goes with it when anything else stays.
  {
    share: "A customer asked where I'm really from and then told me to be grateful. I said nothing all shift.",
    reply:
      "Oh my love, I'm sorry. It's the same for me at the warehouse, the supervisor talks to me so slowly. Every single day! In front of the whole line! I'm so tired of it.",
  },
  {
    share: "It's four years today since Hamid called from the border. Last time I heard his voice. I went to work and told no one.",
    reply: "You must feel so alone with it. But maybe it's good you went to work, life has to go on, no? Hamid would want you to move forward.",
  },
  { share: "They offered me the supervisor job!", reply: "nice. so does that mean more weekends? cuz i already barely see you" },
  {
    share:
      "Somebody got shot at the stop on Main and 5th right as I pulled up. Kid couldn't be more than 16. I had a bus full of people screaming. I'm home now.",
    reply: "Babe I see it all the time in the trauma bay, I know exactly what's in your head right now. It gets easier, trust me.",
  },
  // 10.15.2: what only hangs on a cut sentence goes.
  {
    share: "My brother asked to borrow money again, the third time this month.",
    reply: "Three times is so much, I get why you are tired. Did you say no to him though? Like actually no, not the maybe thing you always do.",
  },
  // 10.15.1: a kept "Not everything's about you" goes.
  {
    share: "I heard the other mums laughing at the gate and I swear it was about me.",
    reply: "Catch yourself on, they were probably laughing at a meme. Not everything's about you, Dee.",
  },
  // 10.13.2: a common word from the share's start said back after an opener is lowercased.
  { share: "Pumping's a nightmare at work. The only room has no lock and I cried in there today.", reply: "God you poor thing, that's such a shame for you." },
  // 10.13.1: a capital glued to a mark is a name's, not a sentence start's.
  { share: "Aai wants to come for the delivery in March. Your mom too.", reply: "?Neha, ugh, you should .ugh, " },
  // 10.2.1: a bare "you" left by a cut is no vocative.
  { share: "Vet says three of the ewes have to go.", reply: "That is rough, losing three at once. Poor thing, you. Feel bad for you." },
];

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const c of [...ALL_CASES, ...HOLDOUT_CASES, ...PROBES]) {
    const output = analyze({ share: c.share, reply: c.reply, partnerNotes: c.partnerNotes });
    hash.update(JSON.stringify(output, rounded));
    hash.update("\n");
  }
  return hash.digest("hex");
}

describe("coach version", () => {
  it("names one output: same version, same answers on our own cases", { timeout: 120_000 }, () => {
    const recorded = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>;
    const now = fingerprint();
    if (process.env.UPDATE_COACH_FINGERPRINT && recorded[COACH_VERSION] === undefined) {
      writeFileSync(FILE, `${JSON.stringify({ ...recorded, [COACH_VERSION]: now }, null, 2)}\n`);
      recorded[COACH_VERSION] = now;
    }
    expect(recorded[COACH_VERSION], `no fingerprint for coach ${COACH_VERSION}: record it (see this file's header)`).toBeDefined();
    expect(now, `the coach's output changed but COACH_VERSION is still ${COACH_VERSION}: bump it (see this file's header)`).toBe(recorded[COACH_VERSION]);
    // An output belongs to one version: going back to an old output under a new number is a mistake.
    const others = Object.entries(recorded).filter(([v, h]) => v !== COACH_VERSION && h === now);
    expect(others.map(([v]) => v)).toEqual([]);
  });
});
