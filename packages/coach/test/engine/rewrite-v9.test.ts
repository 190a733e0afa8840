/**
 * Coach v9 (issue 12): the w10–w13 judges' zeros. The share's mood is read with the share
 * model as well as the patterns, so a line of ours never consoles good news or celebrates
 * a hurt; a sentence of theirs that hurts whatever the labels say of it is not kept.
 * Each case is a share and reply from the writers' sets that a judge graded 0.
 */
import { offered } from "../../src/contract.ts";
import { describe, expect, it } from "vitest";
import { composedReply } from "../../src/analyze.ts";
import type { AnalyzeInput } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";
import { moodOf } from "../../src/rewrite/mood.ts";

const shipped = (input: AnalyzeInput): string => composedReply(input) ?? "";
/** A line that consoles, and one that celebrates. */
const CONSOLES = /\b(?:sorry|oh no|ugh|oof|that sounds (?:really )?hard|rough|a lot to (?:have|carry|sit))\b/i;
const CELEBRATES = /\b(?:proud of you|congrat\w*|brilliant|great news|so good|love that|lovely|yay|happy for you|well done|amazing|really special)\b|\byes!/i;

describe("coach v9: the share's mood, the right way round", () => {
  it("never consoles good news the patterns read as hard", () => {
    const glad: AnalyzeInput[] = [
      {
        share: "The baby kicked all through my workshop. I kept losing my signs because I was laughing.",
        reply:
          "Aww, a little hockey player already 😂 But are you sure you're not doing too much? The midwife said to slow down. You should be going part-time now.",
      },
      {
        share: "My trainees passed their LSQ evaluation. All six. Even Karine who cried in week two!!",
        reply: "Nice, and I still can't fingerspell my own street name properly. Some teacher you are to me lol",
      },
      { share: "Your mum hugged me and said I'm her daughter.", reply: "Told you she loves you. You overthink it with her." },
      { share: "My mom sent me a birthday card. It says Casey.", reply: "That's sweet. Took her long enough though lol." },
      {
        share: "Today I told the school kids about herding.",
        reply: "Ah, you know I did the same at my nursing school, I presented the whole project about Sámi health and got the best grade.",
      },
      {
        share: "Kūmara did a wee on the rug and then looked at me like it was my fault 😂",
        reply: "That's because you haven't been taking him out every hour like the breeder said. He's not going to train himself.",
      },
    ];
    for (const input of glad) {
      const rewrite = shipped(input);
      expect(rewrite, input.share).not.toBe("");
      expect(rewrite, input.share).not.toMatch(CONSOLES);
    }
  });

  it("meets a first time since a stroke as glad, not as a worry", () => {
    const grace = shipped({
      share: "Angus said the whole Gaelic grace tonight. First time since the stroke.",
      reply: "Grand. You'll be able to stop worrying about him so much now and get on with your own things.",
    });
    expect(grace).not.toMatch(/worry|a lot to|sorry|oh no/i);
    expect(grace).toMatch(CELEBRATES);
    // Their moment said back, not a line that fits any glad share.
    expect(grace).toMatch(/Angus said the whole Gaelic grace/);
  });

  it("reads a joy negated as a hurt", () => {
    const happy = shipped({
      share: "I haven't felt happy in a long time. like genuinely",
      reply: "I get it baby. I know exactly what you mean, completely. I'm here tho, every day",
    });
    expect(happy).not.toBe("");
    expect(happy).not.toMatch(CELEBRATES);
  });

  it("meets nerves before a big step as both big and natural, relief as relief", () => {
    const round = shipped({
      share: "Third round with the CTO. Freaking out.",
      reply: "Ha I understand that fear, when I had mine at the agency I literally threw up. Anyway it went fine.",
    });
    expect(round).not.toMatch(CONSOLES);
    expect(round).toMatch(/big/i);
    expect(round).toMatch(/nervous/i);
    const heartbeat = shipped({ share: "Heartbeat's there. Baby's okay. I can't stop shaking.", reply: "See, told you. Worried for nothin." });
    expect(heartbeat).not.toMatch(CONSOLES);
    expect(heartbeat).toMatch(/thank/i);
    expect(heartbeat).not.toMatch(/nothin/i);
    // "Says he's fine but he don't sound fine" is no relief.
    const kevin = shipped({
      share: "Kevin called. Says he's fine but he don't sound fine.",
      reply: "Don't be worrying about Kevin, he's a grown man with a good paycheque. You'll make yourself sick over nothing.",
    });
    expect(kevin).not.toMatch(/thank/i);
  });

  it("never celebrates a hurt the patterns read as good news", () => {
    const hurt: AnalyzeInput[] = [
      {
        share: "Sold 14 head at the sale barn today. Good heifers too. Wasn't nothin' else to do, tank's dry and hay's $120 a roll.",
        reply: "Bless your heart, hon. I just feel so sorry for you out there.",
      },
      { share: "Got an interview, driver supervisor. Not what I wanted.", reply: "Don't be choosy now, beggars can't be choosers. We need money." },
      {
        share: "Got the test back. Not pregnant. Which is fine. We said we'd wait anyway.",
        reply: "Phew, honestly. With the rent going up we'd be screwed. You ok though?",
      },
      {
        share: 'My mother asked me again "are you sure about him?" in front of my aunt. I said yes but my voice was so small.',
        reply: "Ah, it's fine, my mãe said the same about you at first. Mothers are mothers, she'll come around.",
      },
      {
        share: "My sister saw your texts. She says she won't tell.",
        reply: "Ehn, how did she see it? You leave your phone everywhere. I've told you to put a password.",
      },
      { share: "Jobcenter offered me an Excel course.", reply: "Lol take it, free coffee. Honestly at this point just take anything, you can't be picky." },
    ];
    for (const input of hurt) {
      const rewrite = shipped(input);
      expect(rewrite, input.share).not.toBe("");
      expect(rewrite, input.share).not.toMatch(CELEBRATES);
    }
    // A forced sale and a hope that did not come are met as a blow, their news not said back with "oh no".
    const cattle = shipped(hurt[0] as AnalyzeInput);
    expect(cattle).toMatch(/sorry/i);
    expect(cattle).not.toMatch(/sold 14 head/i);
  });

  it("reads the mood from the model and the words together", () => {
    expect(moodOf("The baby kicked all through my workshop. I kept losing my signs because I was laughing.").mood).toBe("glad");
    expect(moodOf("Sold 14 head at the sale barn today. Wasn't nothin' else to do, tank's dry.").mood).toBe("heavy");
    expect(moodOf("Heartbeat's there. Baby's okay. I can't stop shaking.").relief).toBe(true);
    expect(moodOf("Me mam's had another fall. She's alright, just shook.").relief).toBe(false);
    expect(moodOf("Third round with the CTO. Freaking out.").fearOnly).toBe(true);
  });

  it("chooses the same phrasing for the same share, every time", () => {
    const input = { share: "Third round with the CTO. Freaking out.", reply: "Ha I understand that fear, when I had mine I threw up." };
    expect(shipped(input)).toBe(shipped(input));
  });
});

describe("coach v9: a hurtful line of theirs is not kept", () => {
  const cases: readonly (readonly [AnalyzeInput, RegExp])[] = [
    [
      {
        share: "Tata texted sorry. First time in his life he ever said sorry to me. I don't know what to feel.",
        reply: "He's drunk, he'll forget he sent it by tomorrow. Don't read into it.",
      },
      /drunk/i,
    ],
    [
      {
        share: 'You said you\'d come to church with me on Sunday and then you "had to work". On a Sunday. Pastor asked about you in front of my mum.',
        reply:
          "Eish, sorry pastor put you on the spot like that. But I did have to work, Shiru, the demo is Monday. You think I want to be coding on Sunday? You know what this job is like.",
      },
      /coding on sunday|this job/i,
    ],
    [
      {
        share: "Osian had a meltdown at school. Hid under a table for an hour.",
        reply: "Poor little thing. And poor your sister, I feel so sorry for them, honestly. Must be awful having a kid like that.",
      },
      /like that/i,
    ],
    [
      {
        share: "What if the baby is hearing and I can't hear it cry at night? What if I miss something? I keep picturing it.",
        reply: "Every parent worries about missing something, I totally understand how you feel, I worry about it all the time too.",
      },
      /every parent/i,
    ],
    [
      {
        share: "I'm dreading my parents' Christmas. Three days of nodding at lips I can't read. Should I just not go this year? Honestly.",
        reply: "You can't not go, it's the last Christmas before the baby, my parents will be crushed too. Don't do that to me.",
      },
      /can't not go|crushed|do that to me/i,
    ],
    [
      {
        share: "Tangi up the coast on Friday for Uncle Rewi. I'm leaving Thursday. I'll be gone a few days.",
        reply: "Thursday? But you know it's Mum's assessment Thursday, I can't do that and the puppy on my own.",
      },
      /assessment/i,
    ],
    [
      {
        share: "Nikau rolled over today!!",
        reply: "Aw cool. Manaia's team lost by 30 btw, he's sulking in his room, can you go talk to him when you're feeding Nikau",
      },
      /lost by 30|sulking/i,
    ],
    [{ share: "You drove like a maniac on the A9. I'm not a parcel.", reply: "Well you're welcome to drive yourself then. Oh wait." }, /oh wait/i],
    [
      {
        share: "Mum didn't know who I was today. She called me Mrs Gibbs and asked if I'd come about the lawns.",
        reply: "Mrs Gibbs! Lol. Honestly that's almost funny, Mrs Gibbs was the one with the awful perm.",
      },
      /gibbs|funny/i,
    ],
    [{ share: "I told Megan about the diagnosis.", reply: "Finally! You should have told her months ago. Now call her again tomorrow." }, /finally/i],
    [
      {
        share: "Went to the wharf out of habit this morning. Nowhere to be.",
        reply: "Well you got lots to be at here. The shed's a mess and the bridge needs painting, you could start on that tomorrow.",
      },
      /shed|painting/i,
    ],
    [
      {
        share: 'My mother asked me again "are you sure about him?" in front of my aunt. I said yes but my voice was so small.',
        reply: "Caramba. And what did I do to her? Six years and she still treats me like a criminal. I'm tired of being nice.",
      },
      /what did i do/i,
    ],
    [
      {
        share:
          "Mama says tata was in hospital again, fell on the stairs drunk. She says don't come, it's fine. I don't know if I should fly home or not. What would you do?",
        reply: "You ask me what I'd do but you always do the opposite, so. You'll go anyway.",
      },
      /you ask me/i,
    ],
  ];
  it.each(cases.map(([input, gone], i) => [i, input, gone] as const))("case %i", (_i, input, gone) => {
    const rewrite = shipped(input);
    expect(rewrite, input.reply).not.toBe("");
    expect(rewrite, input.reply).not.toMatch(gone);
  });

  it("offers nothing as small as 'Ah sorry o.' for a child's death (coach 10.1)", () => {
    const a = analyze({
      share: "36 hours on call. Lost a 4 year old at 3am. The mother's scream is still in my ears.",
      reply: "Ah sorry o, that's the job you chose sha. You've seen worse. Sleep, tomorrow will be better.",
    });
    expect(a.pitfalls.length).toBeGreaterThan(0);
    expect(offered(a)).toBeNull();
  });

  it("offers no bare glad exclamation of theirs as a reply, and never an apology after it", () => {
    const nice = analyze({
      share: "A kid in my class, Baraka, read a whole paragraph aloud today. In September he couldn't read his own name.",
      reply: "Nice!! Now imagine if the government actually paid you for that kind of work lol. You should write it up and apply for the teacher award thing.",
    });
    // Coach 10: "Nice!!" is all of theirs that is left, and one word does not carry a reply.
    expect(nice.rewrite).toBeNull();
    expect(offered(nice) ?? "").not.toMatch(/sorry/i);
  });
});
