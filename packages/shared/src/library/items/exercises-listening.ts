import type { LibraryItemInput } from "../schema.ts";

/**
 * Empathy exercises about listening, validating and naming feelings (2-10 minutes,
 * with steps). Written for Attune in its own words. Add an item by appending an object.
 */
export const LISTENING_EXERCISES: readonly LibraryItemInput[] = [
  {
    id: "mirror-and-swap", kind: "exercise", title: "Mirror and swap", minutes: 6, depth: "light", for: "two", topics: ["listening"],
    summary: "A short round of reflecting back what you heard, so each of you feels understood before anything else is said.",
    steps: [
      "Decide who shares first. The sharer talks for two minutes about anything from their day.",
      "The listener says back the heart of it: \"What I heard is... Did I get that right?\"",
      "The sharer adds anything that was missed, and the listener tries once more.",
      "Swap roles and repeat.",
      "End by each saying one thing it felt like to be mirrored.",
    ],
  },
  {
    id: "guess-the-feeling", kind: "exercise", title: "Guess the feeling", minutes: 5, depth: "light", for: "two", topics: ["listening", "feelings"],
    summary: "Practise naming emotions out loud. A gentle guess tells your partner you're paying attention to the inside, not just the story.",
    steps: [
      "One of you tells a short story from this week without naming any feelings.",
      "The listener makes a guess: \"It sounds like that left you feeling...\"",
      "The teller says warmer or colder, and the listener guesses again if needed.",
      "Swap and do one more story each.",
    ],
  },
  {
    id: "five-minutes-no-fixing", kind: "exercise", title: "Five minutes, no fixing", minutes: 5, depth: "medium", for: "two", topics: ["listening", "stress"], emotions: ["fear", "mad"],
    summary: "Most people want to feel heard before they want solutions. This exercise trains the listener to hold back advice for five full minutes.",
    steps: [
      "The sharer picks something that's bothering them, big or small.",
      "For five minutes the listener may only validate (\"That makes sense\"), name a feeling, or ask an open question.",
      "No advice, no \"Have you tried...\", no stories about yourself. If one slips out, smile and carry on.",
      "At the end the sharer says whether they'd now like ideas, or just felt better for being heard.",
    ],
  },
  {
    id: "it-makes-sense-that", kind: "exercise", title: "It makes sense that...", minutes: 8, depth: "medium", for: "two", topics: ["conflict", "listening"], emotions: ["mad"],
    summary: "Validation is not agreement. Practise understanding your partner's side of a small disagreement without giving up your own.",
    steps: [
      "Choose a small, low-stakes difference of opinion (where to eat, how tidy a room should be).",
      "Each of you explains your view in two or three sentences while the other listens.",
      "Each then completes out loud: \"It makes sense that you feel ___, because ___.\"",
      "Check with your partner: \"Is that close?\" Adjust until they nod.",
      "Notice together: did the disagreement feel smaller afterwards?",
    ],
  },
  {
    id: "instead-of-i-understand", kind: "exercise", title: "Better words than \"I understand\"", minutes: 3, depth: "light", for: "one", topics: ["listening"],
    summary: "\"I understand\" can land as \"I've got this, you can stop now\". Prepare a few warmer phrases so they're ready when it counts.",
    steps: [
      "Think of the last time your partner shared something hard.",
      "Write three phrases you could have said instead, such as \"That sounds so draining\" or \"No wonder you were upset.\"",
      "Pick your favourite and say it out loud once so it feels natural.",
      "Try it the next time your partner opens up.",
    ],
  },
  {
    id: "three-open-questions", kind: "exercise", title: "Three open questions", minutes: 5, depth: "light", for: "two", topics: ["listening", "feelings"],
    summary: "Feeling-focused questions invite your partner further in. Why-questions can feel like a trial; how- and what-questions feel like company.",
    steps: [
      "The sharer mentions one moment from their week that stood out.",
      "The listener asks three open questions in a row, such as \"What was that like?\" or \"What was the hardest part?\"",
      "Avoid questions that start with \"Why\" or that push for a plan.",
      "Swap roles, then tell each other which question opened the most.",
    ],
  },
  {
    id: "level-two-link", kind: "exercise", title: "Connect it to their story", minutes: 5, depth: "medium", for: "one", topics: ["history", "listening"],
    summary: "Level Two empathy: use what you know of your partner's past to understand a reaction today. Done quietly on your own, it changes how you respond.",
    steps: [
      "Recall a recent moment when your partner's reaction surprised you.",
      "Ask yourself what you know of their history that touches this: family, old friendships, moves, losses, earlier relationships.",
      "Finish the sentence privately: \"Given ___, no wonder they felt ___.\"",
      "If it feels right, share it with them gently and ask whether you're close.",
    ],
  },
  {
    id: "tell-it-from-their-side", kind: "exercise", title: "Tell it from their side", minutes: 10, depth: "deep", for: "two", topics: ["conflict", "listening"], emotions: ["mad", "sad"],
    summary: "Perspective taking in practice: retell a recent disagreement as your partner lived it, and let them correct you until it's right.",
    steps: [
      "Pick a disagreement that has cooled down, not one that's still hot.",
      "One of you tells the story in the first person as the other: \"I felt... because...\"",
      "The other listens without interrupting, then says what was right and what was missed.",
      "Try again with the corrections until they say \"Yes, that's it.\"",
      "Swap roles, and end by thanking each other.",
    ],
  },
  {
    id: "mad-sad-glad-afraid", kind: "exercise", title: "Mad, sad, glad, afraid", minutes: 4, depth: "light", for: "one", topics: ["feelings", "everyday"],
    summary: "The four core emotions as a daily self-check. Knowing your own inner weather is the first step to sharing it.",
    steps: [
      "Find a quiet moment and ask yourself: what made me mad today?",
      "What brought some sadness?",
      "What brought joy, even briefly?",
      "Did I feel afraid or uneasy at any point?",
      "Pick one answer you could share with your partner tonight.",
    ],
  },
  {
    id: "share-your-four", kind: "exercise", title: "Share your four", minutes: 8, depth: "medium", for: "two", topics: ["feelings", "closeness"],
    summary: "Both of you walk through mad, sad, glad and afraid, and answer each other with one warm line. Small, honest, and very connecting.",
    steps: [
      "Take turns. The first person names one thing for each of the four emotions from today.",
      "The listener responds with one line only, like \"Of course that stung\" or \"I love that for you.\"",
      "Swap roles.",
      "Each of you picks one of the other's feelings you'd like to hear more about later.",
    ],
  },
  {
    id: "outer-then-inner", kind: "exercise", title: "From what happened to what it felt like", minutes: 6, depth: "light", for: "two", topics: ["everyday", "feelings"],
    summary: "Most couples share only the outer layer of the day. This exercise adds the inner layer, one feeling per event.",
    steps: [
      "Each of you lists three things that happened today, briefly.",
      "Go back over your three and add how each one felt: \"The meeting ran late, and I felt invisible in it.\"",
      "The listener picks one feeling and asks a gentle follow-up question.",
      "Swap roles.",
    ],
  },
  {
    id: "where-do-you-feel-it", kind: "exercise", title: "Where do you feel it?", minutes: 3, depth: "light", for: "one", topics: ["feelings", "stress"], emotions: ["fear", "mad"],
    summary: "Feelings show up in the body before they reach words. A quick body check helps you name what's going on.",
    steps: [
      "Sit comfortably and take three slow breaths.",
      "Notice your jaw, shoulders, chest and stomach. Where is there tightness, heaviness or buzz?",
      "Ask which of mad, sad, glad or afraid fits that sensation best.",
      "Name it to yourself kindly: \"There's some fear here.\" That's enough for now.",
    ],
  },
  {
    id: "three-breaths-before-replying", kind: "exercise", title: "Three breaths before replying", minutes: 4, depth: "light", for: "two", topics: ["listening", "conflict"],
    summary: "Listening to understand instead of to reply starts with a tiny pause. Practise it on an easy topic first.",
    steps: [
      "The sharer talks for a minute about something mildly annoying from their week.",
      "Before saying anything, the listener takes three slow breaths.",
      "The listener then responds to the feeling, not the facts.",
      "Swap roles and notice how the pause changed the reply.",
    ],
  },
  {
    id: "tell-me-more", kind: "exercise", title: "Only \"tell me more\"", minutes: 4, depth: "light", for: "two", topics: ["listening", "everyday"],
    summary: "For a few minutes the listener has just two phrases: \"Tell me more\" and \"What was that like?\" It's surprising how far they go.",
    steps: [
      "The sharer starts with anything on their mind.",
      "For three minutes the listener only says \"Tell me more\" or \"What was that like?\"",
      "Keep your face warm and your phone away.",
      "Swap roles, then share what you learned that you didn't know.",
    ],
  },
  {
    id: "the-need-under-the-complaint", kind: "exercise", title: "The need under the complaint", minutes: 8, depth: "medium", for: "two", topics: ["conflict", "listening"], emotions: ["mad"],
    summary: "A complaint usually carries a longing. Finding it turns criticism into something you can actually respond to.",
    steps: [
      "One of you names a small, recurring frustration, calmly and without \"always\" or \"never\".",
      "The listener asks: \"What would you be needing, underneath this?\"",
      "Together, find the need: rest, respect, help, attention, fairness or something else.",
      "The listener says it back: \"So what you're longing for is...\"",
      "Swap roles if there's time.",
    ],
  },
  {
    id: "understanding-their-anger", kind: "exercise", title: "Understanding their anger", minutes: 5, depth: "medium", for: "one", topics: ["conflict", "feelings"], emotions: ["mad"],
    summary: "When your partner is angry, it's easy to defend. This quiet reflection helps you hear what the anger is protecting.",
    steps: [
      "Recall the last time your partner was angry with you or near you.",
      "Write down what they said, as fairly as you can.",
      "Underneath, what might they have felt: hurt, unheard, scared, exhausted?",
      "What might they have needed from you in that moment?",
      "Decide on one sentence you could say next time that speaks to that need.",
    ],
  },
  {
    id: "talk-or-quiet", kind: "exercise", title: "Talk, or quiet?", minutes: 3, depth: "light", for: "two", topics: ["comfort", "listening"], emotions: ["sad", "fear"],
    summary: "Offering a choice is a form of empathy. Practise the question that lets your partner tell you what kind of support they need.",
    steps: [
      "Each of you thinks of a recent hard evening.",
      "Take turns asking: \"Do you want to talk about it, or would quiet company help more?\"",
      "Answer honestly for that evening, and add what quiet company looks like for you (a hug, a cup of tea, the same room).",
      "Agree to use the question next time one of you seems low.",
    ],
  },
  {
    id: "asking-for-reassurance", kind: "exercise", title: "Asking for reassurance", minutes: 6, depth: "medium", for: "two", topics: ["reassurance", "trust"], emotions: ["fear"],
    summary: "Anxious moments go better when your partner knows exactly what helps. Saying it in a calm moment is the kindest preparation.",
    steps: [
      "Each of you completes: \"When I'm anxious, it helps when you...\"",
      "Then: \"And it doesn't help when...\", said kindly, about behaviours rather than character.",
      "The listener repeats what they heard and asks one clarifying question.",
      "Swap roles, and save your answers somewhere you'll both see them.",
    ],
  },
  {
    id: "ten-minute-worry-share", kind: "exercise", title: "Ten-minute worry share", minutes: 10, depth: "medium", for: "two", topics: ["reassurance", "stress"], emotions: ["fear"],
    summary: "Worries grow in silence. A set time to share them, with a listener who stays calm, makes them easier to carry.",
    steps: [
      "Set a timer for ten minutes and sit somewhere comfortable.",
      "One person names what they're worried about, as many or as few things as they like.",
      "The listener reflects (\"That's a lot to be holding\") and doesn't argue with the worries.",
      "With two minutes left, swap roles or let the listener share one worry of their own.",
      "When the timer ends, close with something grounding: a hug if welcome, or naming one good thing.",
    ],
  },
  {
    id: "staying-with-sadness", kind: "exercise", title: "Staying with sadness", minutes: 7, depth: "deep", for: "two", topics: ["comfort", "listening"], emotions: ["sad"],
    summary: "The urge to cheer someone up can leave them alone with their sadness. This exercise practises simply staying close.",
    steps: [
      "The sharer talks about something that makes them sad, old or new.",
      "The listener stays present in whatever way feels natural: a nod, a hand if welcome, sitting side by side, eye contact only if it's comfortable for you both. No \"at least\", no silver linings.",
      "Use only short phrases: \"That's so sad\", \"I'm here\", \"Take your time.\"",
      "When the sharer is done, ask: \"What was that like for you, to be listened to that way?\"",
    ],
  },
  {
    id: "ideas-or-an-ear", kind: "exercise", title: "Ideas or an ear?", minutes: 3, depth: "light", for: "two", topics: ["listening", "stress"],
    summary: "One question that prevents many misunderstandings: ask whether your partner wants suggestions or simply to be heard.",
    steps: [
      "Agree on a shorthand you both like, such as \"Ideas or an ear?\"",
      "Take turns describing a small problem from this week.",
      "Before responding, the listener asks the question and follows the answer.",
      "Notice how it felt to be asked.",
    ],
  },
  {
    id: "beyond-fine", kind: "exercise", title: "Beyond \"fine\"", minutes: 3, depth: "light", for: "one", topics: ["feelings", "growth"],
    summary: "A richer feelings vocabulary makes sharing easier. Find the word that fits better than \"fine\" or \"stressed\".",
    steps: [
      "Think of how you felt at one moment today and say the first word that comes.",
      "Now find two more precise words: was it restless, flat, hopeful, tender, irritated, lonely, content?",
      "Pick the truest one and notice if it changes how you see the moment.",
      "Use that word the next time your partner asks how you are.",
    ],
  },
  {
    id: "catch-the-defence", kind: "exercise", title: "Catch your defence", minutes: 4, depth: "medium", for: "one", topics: ["conflict", "growth"], emotions: ["mad"],
    summary: "Defensiveness is a reflex, not a flaw. Spotting your usual phrases lets you choose a calmer reply.",
    steps: [
      "List the phrases you reach for when you feel criticised (\"That's not what I said\", \"I didn't do anything wrong\").",
      "For each, write a curious alternative: \"Tell me what you heard\", \"Help me see what hurt.\"",
      "Think of one upcoming situation where you might need it.",
      "Tonight, notice one moment you felt defensive, even if you didn't change anything yet.",
    ],
  },
];
