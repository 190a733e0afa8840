import type { LibraryItemInput } from "../schema.ts";

/**
 * Practices for the money set: shown to a couple once both chose it. Money talk goes
 * better short, regular and kind: feelings and values first, numbers second.
 * Written for Attune in its own words.
 */
export const MONEY_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "money-date", kind: "exercise", set: "money", title: "A short, kind money date", minutes: 10, depth: "medium", for: "two", topics: ["values", "everyday"],
    summary: "Twenty relaxed minutes a month beats one tense evening a year. Start with something good, keep it short, end with something to look forward to.",
    steps: [
      "Pick a time when neither of you is tired or hungry, and put something nice to drink on the table.",
      "Each name one money thing that went well since last time, however small.",
      "Look at one question only: what's coming up in the next month that costs something?",
      "Agree one small next step and who does it.",
      "Finish with something you're saving towards or looking forward to.",
    ],
  },
  {
    id: "money-stories", kind: "exercise", set: "money", title: "The money story you grew up with", minutes: 10, depth: "deep", for: "two", topics: ["history", "family", "values"],
    summary: "Most money habits were learned long before we met. Hearing each other's first money story makes today's differences easier to understand.",
    steps: [
      "Take turns: how was money talked about (or not) in the home you grew up in?",
      "What did you learn it meant to be careful, generous or successful?",
      "The listener asks one curious question and says what they understand now.",
      "Each name one lesson to keep and one you'd like to let go of.",
    ],
  },
  {
    id: "enough-for-us", kind: "exercise", set: "money", title: "What \"enough\" looks like", minutes: 8, depth: "medium", for: "two", topics: ["values", "dreams"],
    summary: "A shared picture of \"enough\" turns money from a scoreboard into a tool for the life you both want.",
    steps: [
      "Each write three things that would make you feel you have enough: not amounts, but what life looks like.",
      "Read them to each other without commenting.",
      "Circle what you share and talk about one difference with curiosity.",
    ],
  },
  {
    id: "spending-feelings", kind: "exercise", set: "money", title: "How spending feels", minutes: 5, depth: "medium", for: "one", topics: ["feelings", "values"], emotions: ["fear", "glad"],
    summary: "The same purchase can feel like joy to one person and danger to another. Knowing your own feelings first makes money talks calmer.",
    steps: [
      "Think of a recent purchase that felt good, and one that left you uneasy.",
      "Name the feeling under each: relief, guilt, pleasure, worry, pride.",
      "Ask yourself where that feeling might come from.",
      "If you like, share one of them with your partner as \"I noticed I felt...\".",
    ],
  },
  {
    id: "money-worry-in-a-sentence", kind: "exercise", set: "money", title: "A money worry in one sentence", minutes: 4, depth: "light", for: "two", topics: ["stress", "listening"], emotions: ["fear"],
    summary: "Money worries grow in silence. Saying one out loud, briefly, and being heard takes the edge off before it becomes a fight.",
    steps: [
      "Each finish the sentence: \"The money thing on my mind this week is...\"",
      "The listener only reflects it back: \"So you're worried about...\" No fixing yet.",
      "Ask: \"Would you like ideas, or just to be heard?\" and follow the answer.",
    ],
  },
  {
    id: "yours-mine-ours", kind: "exercise", set: "money", title: "Yours, mine and ours", minutes: 10, depth: "medium", for: "two", topics: ["values", "trust"],
    summary: "Couples share money in many good ways. What matters is that you both chose yours, and that each has some room of their own.",
    steps: [
      "Each say how you would split shared costs if you designed it from scratch.",
      "Talk about how much each would like to spend without asking, and why it matters.",
      "Note where you already agree; pick one thing to try for three months.",
      "Put a date in the calendar to see how it feels.",
    ],
  },
  {
    id: "a-treat-together", kind: "celebration", set: "money", title: "A small treat, planned together", minutes: 5, depth: "light", for: "two", topics: ["joy", "play"], emotions: ["glad"],
    summary: "Money talk isn't only about limits. Planning a small shared treat reminds you both what it's for.",
    steps: [
      "Each suggest one small treat you'd enjoy together, within what feels comfortable.",
      "Choose one and put it in the calendar.",
      "Afterwards, each say what you enjoyed most.",
    ],
  },
  {
    id: "giving-that-matters", kind: "exercise", set: "money", title: "Giving that matters to us", minutes: 6, depth: "medium", for: "two", topics: ["values", "friends", "family"],
    summary: "Helping family, friends or a cause says a lot about what you value. Talking about it openly avoids quiet resentment.",
    steps: [
      "Each name someone or something you'd like to help, with money or time.",
      "Say why it matters to you.",
      "Agree together what feels generous and still comfortable for you both.",
    ],
  },
  {
    id: "after-a-money-argument", kind: "exercise", set: "money", title: "After a money argument", minutes: 8, depth: "deep", for: "two", topics: ["conflict", "repair", "values"],
    summary: "Money fights are rarely about the number. Coming back to one gently helps you find the worry or the hope underneath.",
    steps: [
      "Wait until you both feel calm; it's fine to say \"later\".",
      "Each say what you were afraid of or hoping for in that argument, starting with \"I\".",
      "Each name one thing the other said that made sense.",
      "Agree one small thing to do differently next time money comes up.",
    ],
  },
  {
    id: "future-money-picture", kind: "exercise", set: "money", title: "Picture the next five years", minutes: 10, depth: "medium", for: "two", topics: ["dreams", "values"],
    summary: "Shared goals make saving feel like building something together rather than going without.",
    steps: [
      "Each imagine an ordinary day five years from now that you'd love.",
      "Describe it to each other: where you are, what you do, who's there.",
      "Name what in those pictures costs money and what doesn't.",
      "Pick one shared goal to start towards, however small the first step.",
    ],
  },
];
