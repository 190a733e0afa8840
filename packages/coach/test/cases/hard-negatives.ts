// Hard negatives: pitfall words that are quoted, negated, aimed elsewhere, or part of a
// kind reply — in American and British voices, with typos and emoji.
import { cases } from "./types.ts";

export const hardNegativeCases = cases([
  { id: "neg-01", share: "My coworker told me to 'just relax' when I said I was overwhelmed", reply: "Ugh, 'just relax' is the least helpful thing ever. No wonder you felt brushed off.", expect: { pitfalls: [], moves: ["warmth", "validation", "naming_feeling"], level: 1 } },
  { id: "neg-02", share: "My dad always says 'you never finish anything' and it's in my head today", reply: "That's such a heavy thing to carry around. Of course it's loud today.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  { id: "neg-03", share: "I'm bummed the concert got canceled", reply: "Dang, that's such a bummer, you were so psyched. I'm sorry babe.", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "warmth"], level: 1 } },
  { id: "neg-04", share: "I'm freaking out about the bar exam results", reply: "Of course you're freaking out, that's months of your life riding on one email.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-05", share: "I feel so stupid, I locked myself out again", reply: "You're not stupid. I'm heading home now with my key.", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "neg-06", share: "My therapist said I should journal and I feel like a failure for not doing it", reply: "Of course you feel like that when you're already stretched. Not journaling doesn't make you a failure.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  { id: "neg-07", share: "I'm anxious about tomorrow", reply: "I'm not going to say 'don't worry'. It makes sense to be anxious. What's looming biggest?", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "exploration"], level: 1 } },
  { id: "neg-08", share: "Everyone says 'at least you have a job' but I'm miserable there", reply: "Having a job doesn't cancel out being miserable in it. That sounds draining, day after day.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-09", share: "I'm sad the summer's over", reply: "Me too, honestly. What will you miss most?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "neg-10", share: "The kids drove me up the wall today", reply: "Sounds like a long one. Tell me the worst bit and I'll pour you a glass of wine 🍷", expect: { pitfalls: [], moves: ["validation", "exploration", "presence"], level: 1 } },
  { id: "neg-11", share: "I keep hearing my ex's voice saying 'you're too much'", reply: "You're not too much for me. That must still hurt to hear in your head.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-12", share: "Got chewed out by my supervisor today. He said 'calm down' like five times", reply: "Being told to calm down when you're upset is infuriating. What set him off?", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "exploration"], level: 1 } },
  { id: "neg-13", share: "im so overwhelmed w/ finals rn", reply: "omg that's so much at once 😣 ur allowed to feel swamped", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-14", share: "My sister said I'm always late, which, fair, but it still stung", reply: "Even when there's some truth in it, it can still sting. That makes sense.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  { id: "neg-15", share: "I'm scared I'll mess up the first day", reply: "First days are nerve-wracking. I'll text you at lunch to see how it's going.", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "presence"], level: 1 } },
  { id: "neg-16", share: "Don't worry, I'm not upset anymore, just wanted you to know it hurt", reply: "Thank you for telling me. I'm sorry I hurt you. I want to hear about it whenever you're ready.", expect: { pitfalls: [], moves: ["empathic_apology", "presence"], level: 1 } },
  { id: "neg-17", share: "I'm lonely in this new city", reply: "That's a really lonely place to be. I miss you too and I'm counting the days till I'm there.", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "presence"], level: 1 } },
  { id: "neg-18", share: "I'm angry at myself for snapping at Mum", reply: "You're human. It sounds like you care a lot about how she felt. What happened?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "neg-19", share: "My friend keeps saying 'you should see a therapist' and it makes me feel broken", reply: "Feeling broken is so heavy. You're not broken to me. What's it like when she says that?", expect: { pitfalls: [], moves: ["naming_feeling", "exploration"], level: 1 } },
  { id: "neg-20", share: "I'm upset that the surprise party got spoiled", reply: "Noooo, after all that sneaking around! That's so disappointing.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-21", share: "I feel weird about turning down the promotion", reply: "Weird how? It's a big decision, mixed feelings make total sense.", expect: { pitfalls: [], moves: ["exploration", "validation"], level: 1 } },
  { id: "neg-22", share: "My manager never says thank you and I'm fed up", reply: "Never being thanked wears you down. No wonder you're fed up.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "neg-23", share: "Honestly I'm just tired tonight, nothing wrong", reply: "Okay love. No pressure to talk. Tea and sofa?", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "neg-24", share: "I'm worried about Jake, he seems down", reply: "You're such a good friend for noticing. What have you seen that's worrying you?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "neg-25", share: "the vet bill was £900 and i feel sick", reply: "£900?! No wonder you feel sick. I'm sorry, that's a horrible shock.", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "warmth"], level: 1 } },
]);
