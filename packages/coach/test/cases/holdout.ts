// HELD OUT: written after the rules were tuned on the other case files, in fresh
// phrasings, to measure how far the rules carry to sentences they were not written
// against. Do not tune rules on these; when they are used for tuning, write a new
// held-out set and say so in docs/coach.md.
import { cases } from "./types.ts";

export const holdoutCases = cases([
  // fixing, and asked-for advice
  { id: "ho-fix-01", share: "The new manager keeps scheduling meetings over my lunch and I'm starving and cranky", reply: "Block your lunch out in the calendar, sorted.", expect: { pitfalls: ["fixing"], moves: [], level: 0 } },
  { id: "ho-fix-02", share: "i'm dreading christmas at my in-laws this year", reply: "honestly we could just say the car broke down lol", expect: { pitfalls: ["fixing"], moves: [], level: 0 } },
  { id: "ho-fix-03", share: "My knee is swollen again and I'm so frustrated", reply: "Ice it and keep it up, and book the GP if it's not better by Friday.", expect: { pitfalls: ["fixing"], moves: [], level: 0 } },
  { id: "ho-fix-04", share: "I bombed the quiz at work and everyone saw my score", reply: "A good way to handle it is to laugh at yourself first.", expect: { pitfalls: ["fixing"], moves: [], level: 0 } },
  { id: "ho-fix-05", share: "I'm so lonely on the evenings you're away", reply: "Get Maddie round for a film night, she'd love it.", expect: { pitfalls: ["fixing"], moves: [], level: 0 } },
  { id: "ho-fix-06", share: "the baby's teething and i've had no sleep, i'm falling apart", reply: "Ugh, I'm sorry. Have you given her the teething gel?", expect: { pitfalls: ["fixing"], moves: ["warmth"] } },
  { id: "ho-fix-07", share: "Which should I do, tell Sam the truth or let it slide? I'm torn.", reply: "I'd tell him, gently. Being torn like this is exhausting.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1, asksAdvice: true } },
  { id: "ho-fix-08", share: "Honestly I could use some advice about the landlord, I'm so stressed", reply: "Of course you're stressed. Put it in writing so there's a record.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1, asksAdvice: true } },
  { id: "ho-fix-09", share: "Everyone's been giving me tips about the new job and it's overwhelming", reply: "No tips from me. It sounds like a lot coming at you at once.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  // minimizing and look-alikes
  { id: "ho-min-01", share: "I'm really shaken after the near-miss on the motorway", reply: "You're fine though, that's what matters.", expect: { pitfalls: ["minimizing"], moves: [], level: 0 } },
  { id: "ho-min-02", share: "I'm gutted about losing the match", reply: "It's only a game babe, there's always next season.", expect: { pitfalls: ["minimizing"], moves: [], level: 0 } },
  { id: "ho-min-03", share: "I feel awful about the argument with Dad", reply: "Stop beating yourself up, it's really not that serious.", expect: { pitfalls: ["minimizing"], moves: [], level: 0 } },
  { id: "ho-min-04", share: "I'm anxious about the dentist", reply: "Honestly, it's a tiny filling, you won't even feel it.", expect: { pitfalls: ["minimizing"], moves: [], level: 0 } },
  { id: "ho-min-05", share: "I can't stop crying about the cat", reply: "Look, you'll feel better tomorrow, these things pass.", expect: { pitfalls: ["minimizing"], moves: [], level: 0 } },
  { id: "ho-min-06", share: "Exhausted after the double shift", reply: "Don't worry about the bins tonight, I'll take them out. Feet up.", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "ho-min-07", share: "I know it's daft but I'm upset the café closed", reply: "It isn't daft. That was your place for years.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  // i_understand / sympathy
  { id: "ho-und-01", share: "Being ignored by my team lead is wearing me down", reply: "Totally understand where you're coming from.", expect: { pitfalls: ["i_understand"], moves: [], level: 0 } },
  { id: "ho-und-02", share: "I'm so nervous about the driving lesson", reply: "I know just how you feel hun.", expect: { pitfalls: ["i_understand"], moves: [], level: 0 } },
  { id: "ho-und-03", share: "I keep replaying the breakup", reply: "I understand. Honestly I do.", expect: { pitfalls: ["i_understand"], moves: [], level: 0 } },
  { id: "ho-und-04", share: "The interview rejection hurt more than I thought", reply: "I'm not sure I fully get it yet. What hurt most?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "ho-sym-01", share: "My car got towed while I was at the hospital", reply: "Oh you poor sod.", expect: { pitfalls: ["sympathy"], moves: [], level: 0 } },
  { id: "ho-sym-02", share: "I've got to redo the whole report", reply: "Poor you! Glad it's not me.", expect: { pitfalls: ["sympathy"], moves: [], level: 0 } },
  { id: "ho-sym-03", share: "My sister didn't invite me to the wedding", reply: "I feel so sorry for you, honestly.", expect: { pitfalls: ["sympathy"], moves: [], level: 0 } },
  // hijacking / making it about me
  { id: "ho-hij-01", share: "I'm stressed about the house survey", reply: "Ours came back with damp everywhere, it was a total nightmare for me.", expect: { pitfalls: ["hijacking"], moves: [], level: 0 } },
  { id: "ho-hij-02", share: "My boss made me redo the slides three times", reply: "Mine made me redo a whole report last year, I nearly quit.", expect: { pitfalls: ["hijacking"], moves: [], level: 0 } },
  { id: "ho-hij-03", share: "I'm upset I wasn't picked for the choir solo", reply: "Ha, I never got picked for anything at school either. I was always last for netball.", expect: { pitfalls: ["hijacking"], moves: [], level: 0 } },
  { id: "ho-hij-04", share: "I'm sad my uni friends are all moving away", reply: "Yeah mine all moved too after graduation and I was lonely for ages.", expect: { pitfalls: ["hijacking"], moves: [], level: 0 } },
  { id: "ho-mam-01", share: "I'm too low to go to the barbecue", reply: "So I have to go on my own and explain where you are?", expect: { pitfalls: ["making_it_about_me"], moves: [], level: 0 } },
  { id: "ho-mam-02", share: "I think I need to turn down the promotion, it's too much", reply: "But we were counting on that money for the kitchen.", expect: { pitfalls: ["making_it_about_me"], moves: [], level: 0 } },
  { id: "ho-mam-03", share: "I'm feeling rough, can you do bedtime?", reply: "I'm shattered too, it's always me.", expect: { pitfalls: ["making_it_about_me"], moves: [], level: 0 } },
  { id: "ho-mam-04", share: "I've been crying about Mum all afternoon", reply: "Well this is ruining my afternoon too.", expect: { pitfalls: ["making_it_about_me"], moves: [], level: 0 } },
  // blaming / defensiveness
  { id: "ho-bla-01", share: "I overslept and missed the train", reply: "Because you stayed up gaming till 3. Again.", expect: { pitfalls: ["blaming"], moves: [], level: 0 } },
  { id: "ho-bla-02", share: "I'm anxious about the bank balance", reply: "Well whose idea was the new sofa?", expect: { pitfalls: ["blaming"], moves: [], level: 0 } },
  { id: "ho-bla-03", share: "I feel like nobody at work respects me", reply: "You never stand up for yourself, that's why.", expect: { pitfalls: ["blaming"], moves: [], level: 0 } },
  { id: "ho-def-01", share: "It hurt when you forgot my recital", reply: "I had a lot going on, it wasn't deliberate.", expect: { pitfalls: ["defensiveness"], moves: [], level: 0 } },
  { id: "ho-def-02", share: "I felt dismissed when you laughed at my plan", reply: "Oh come on, I laughed for like a second.", expect: { pitfalls: ["defensiveness"], moves: [], level: 0 } },
  { id: "ho-def-03", share: "I was upset you left me at the party", reply: "You said you were fine! How is that on me?", expect: { pitfalls: ["defensiveness"], moves: [], level: 0 } },
  { id: "ho-def-04", share: "It stung when you called my painting 'cute'", reply: "That's not fair, I meant it as a compliment.", expect: { pitfalls: ["defensiveness"], moves: [], level: 0 } },
  // questions
  { id: "ho-why-01", share: "I got really upset in the car park today", reply: "Why were you upset over a car park?", expect: { pitfalls: ["why_question"], moves: [], level: 0 } },
  { id: "ho-why-02", share: "I didn't call Mum back and now I feel bad", reply: "Why didn't you just ring her?", expect: { pitfalls: ["why_question"], moves: [], level: 0 } },
  { id: "ho-why-03", share: "I cancelled on Priya again", reply: "Why do you keep doing that?", expect: { pitfalls: ["why_question"], moves: [], level: 0 } },
  { id: "ho-psq-01", share: "My hours got cut and I'm scared", reply: "So what's the plan for rent?", expect: { pitfalls: ["problem_solving_question"], moves: [], level: 0 } },
  { id: "ho-psq-02", share: "My friend said something cruel about my weight", reply: "Are you going to say something to her?", expect: { pitfalls: ["problem_solving_question"], moves: [], level: 0 } },
  { id: "ho-psq-03", share: "The course is too hard and I'm panicking", reply: "How are you going to catch up?", expect: { pitfalls: ["problem_solving_question"], moves: [], level: 0 } },
  { id: "ho-exp-01", share: "Had a strange chat with my brother today", reply: "Strange in what way? How did you come away feeling?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "ho-exp-02", share: "I'm dreading tomorrow", reply: "What's the dread about, do you think?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "ho-exp-03", share: "Work was a slog", reply: "What made it a slog today?", expect: { pitfalls: [], moves: ["exploration"], level: 1, shareDepth: "surface" } },
  { id: "ho-exp-04", share: "My mum's test results came back", reply: "What did they say, and how are you taking it?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "ho-exp-05", share: "I feel weird after seeing my old school", reply: "Weird like sad, or something else? Tell me about it.", expect: { pitfalls: [], moves: ["exploration", "naming_feeling"], level: 1 } },
  // level one
  { id: "ho-lv1-01", share: "I burnt dinner and then cried about it", reply: "That sounds like the end of a really long day. It makes sense it tipped you over.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  { id: "ho-lv1-02", share: "My friend forgot I was coming and went out", reply: "Oh that's so hurtful. I'm sorry, love.", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "warmth"], level: 1 } },
  { id: "ho-lv1-03", share: "I'm scared I won't pass probation", reply: "You sound really worried about it.", expect: { pitfalls: [], moves: ["naming_feeling"], level: 1 } },
  { id: "ho-lv1-04", share: "The council fined us for the bins AGAIN", reply: "Seriously? That's infuriating.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "ho-lv1-05", share: "I'm grieving Dad all over again this week", reply: "Anniversaries bring it all back. Of course it's raw.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
  { id: "ho-lv1-06", share: "I had to tell my team about the cuts", reply: "Oof, what an awful job to be given. That must have been so heavy.", expect: { pitfalls: [], moves: ["warmth", "validation"], level: 1 } },
  { id: "ho-lv1-07", share: "My best friend is pregnant and I'm happy for her but sad for me", reply: "Both of those can be true at once. It sounds bittersweet.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "ho-lv1-08", share: "i failed my theory test by one point", reply: "ONE point?? argh, that's so frustrating 😩", expect: { pitfalls: [], moves: ["validation", "naming_feeling", "warmth"], level: 1 } },
  { id: "ho-lv1-09", share: "I keep feeling like I'm not enough for anyone", reply: "That's such a painful feeling to carry around. No wonder you're tired.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  // presence
  { id: "ho-pre-01", share: "I'm not ok tonight", reply: "I'm right here. Do you want me to hold you or just sit nearby?", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "ho-pre-02", share: "I can't face cooking", reply: "You don't have to. I'll order from the Thai place, you choose a film.", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "ho-pre-03", share: "The hospital called about Gran", reply: "I'm leaving work now, I'll meet you there.", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  { id: "ho-pre-04", share: "I need to get something off my chest", reply: "I'm listening. Take as long as you like.", expect: { pitfalls: [], moves: ["presence"], level: 1 } },
  // shared joy
  { id: "ho-joy-01", share: "They're publishing my short story!!", reply: "WHAT! That's incredible, I'm so proud of you!", expect: { pitfalls: [], moves: ["shared_joy"], level: 1 } },
  { id: "ho-joy-02", share: "Finally paid off the credit card 🥳", reply: "Massive well done, that's years of work!", expect: { pitfalls: [], moves: ["shared_joy"], level: 1 } },
  { id: "ho-joy-03", share: "My sister and I had the loveliest day together", reply: "That makes my heart so happy. What did you get up to?", expect: { pitfalls: [], moves: ["shared_joy", "exploration"], level: 1 } },
  { id: "ho-joy-04", share: "I got the grant!", reply: "Yesss! You absolutely earned it. Champagne tonight?", expect: { pitfalls: [], moves: ["shared_joy"], level: 1 } },
  { id: "ho-joy-05", share: "I was picked to lead the project!", reply: "Huh. Won't that mean more late nights for you?", expect: { pitfalls: ["making_it_about_me"], moves: [], level: 0 } },
  // level two
  { id: "ho-lv2-01", share: "My boss cancelled our one-to-one again and I feel forgotten", partnerNotes: ["Often felt forgotten as the youngest of five"], reply: "As the youngest of five you were forgotten so often, so being dropped again must really sting.", expect: { pitfalls: [], moves: ["level_two", "validation", "naming_feeling"], level: 2 } },
  { id: "ho-lv2-02", share: "I froze when the customer shouted at me", partnerNotes: ["Grew up with a father who shouted a lot"], reply: "Your dad shouted so much when you were growing up, of course your body froze.", expect: { pitfalls: [], moves: ["level_two", "validation"], level: 2 } },
  { id: "ho-lv2-03", share: "I'm stressed about hosting Christmas", partnerNotes: ["Mum was a perfectionist host; they feel judged in the kitchen"], reply: "With how your mum always needed the perfect table, hosting probably brings up that feeling of being judged. That's a lot.", expect: { pitfalls: [], moves: ["level_two", "validation", "naming_feeling"], level: 2 } },
  { id: "ho-lv2-04", share: "I panicked when you didn't pick up", partnerNotes: ["Brother had a serious car accident five years ago"], reply: "Since your brother's accident, a phone nobody answers must feel terrifying. Sorry I missed it.", expect: { pitfalls: [], moves: ["level_two", "validation", "naming_feeling", "empathic_apology"], level: 2 } },
  // apology
  { id: "ho-apo-01", share: "You were on your laptop the whole time I was talking", reply: "You're right, and I'm sorry. You deserved my full attention.", expect: { pitfalls: [], moves: ["empathic_apology"], level: 1 } },
  { id: "ho-apo-02", share: "It hurt when you made fun of my accent", reply: "I'm really sorry I did that. It was mean and I can see it hurt.", expect: { pitfalls: [], moves: ["empathic_apology", "validation", "naming_feeling"], level: 1 } },
  { id: "ho-apo-03", share: "You forgot to lock the door again and I was scared all night", reply: "I'm so sorry. You were frightened because of me, and that's not okay.", expect: { pitfalls: [], moves: ["empathic_apology", "validation", "naming_feeling"], level: 1 } },
  { id: "ho-apo-04", share: "I felt ignored when you stayed on the phone at dinner", reply: "Sorry, but it was my mum, I couldn't just hang up.", expect: { pitfalls: ["defensiveness"], moves: [], level: 0 } },
  // mixed
  { id: "ho-mix-01", share: "I'm so anxious about the move", reply: "That makes sense, it's huge. You just need to make a checklist though.", expect: { pitfalls: ["fixing"], moves: ["validation"] } },
  { id: "ho-mix-02", share: "I'm hurt my friend didn't call on my birthday", reply: "That really hurts. Why do you care what she thinks though?", expect: { pitfalls: ["why_question"], moves: ["validation", "naming_feeling"] } },
  { id: "ho-mix-03", share: "The audition went badly", reply: "Oh no, I'm sorry. At least you tried!", expect: { pitfalls: ["minimizing"], moves: ["warmth"] } },
  { id: "ho-mix-04", share: "I feel so low this week", reply: "I'm here for you. You always get like this in winter though.", expect: { pitfalls: ["blaming"], moves: ["presence"] } },
  { id: "ho-mix-05", share: "I'm scared about the results", reply: "That sounds so scary. I know how you feel.", expect: { pitfalls: ["i_understand"], moves: ["validation", "naming_feeling"] } },
  // hard negatives
  { id: "ho-neg-01", share: "My coach said 'you need to toughen up' and I felt tiny", reply: "'Toughen up' is such a crushing thing to hear. No wonder you felt tiny.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "ho-neg-02", share: "I'm tired of people saying 'why are you still upset'", reply: "You don't owe anyone a timeline. It makes sense you're still upset.", expect: { pitfalls: [], moves: ["validation", "naming_feeling"], level: 1 } },
  { id: "ho-neg-03", share: "I'm nervous about the speech", reply: "I won't tell you not to be nervous. What part feels scariest?", expect: { pitfalls: [], moves: ["exploration"], level: 1 } },
  { id: "ho-neg-04", share: "Long week. Lots of admin.", reply: "Sounds like a grind. Anything about it that got to you?", expect: { pitfalls: [], moves: ["validation", "exploration"], level: 1, shareDepth: "surface" } },
  { id: "ho-neg-05", share: "I never know what to say at funerals and I feel awful", reply: "Nobody really does. That feeling of being lost for words is so hard.", expect: { pitfalls: [], moves: ["validation"], level: 1 } },
]);
