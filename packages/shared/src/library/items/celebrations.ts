import type { LibraryItemInput } from "../schema.ts";

/**
 * Celebrations of good news: shared joy is empathy too. How you answer good news can
 * matter as much as how you answer bad news. Written for Attune in its own words.
 */
export const CELEBRATIONS: readonly LibraryItemInput[] = [
  {
    id: "celebrate-full-joy-reply", kind: "celebration", title: "Answer good news with your whole heart", minutes: 3, depth: "light", for: "two", topics: ["joy", "listening"], emotions: ["glad"],
    summary: "When your partner shares good news, put everything down and meet it with real enthusiasm. No \"but\", no quick change of subject.",
    steps: [
      "Stop what you're doing and turn towards them.",
      "Say what you feel: \"That's wonderful! You worked so hard for this.\"",
      "Ask for the story: \"Tell me everything. When did you find out?\"",
      "Hold any worries or practical questions for another day.",
    ],
  },
  {
    id: "celebrate-relive-the-moment", kind: "celebration", title: "Relive the moment together", minutes: 5, depth: "light", for: "two", topics: ["joy", "closeness"], emotions: ["glad"],
    summary: "Good news grows when it's retold. Ask your partner to walk you through the moment it happened.",
    steps: [
      "\"Take me back to the moment you heard. Where were you?\"",
      "\"What went through your head? Who did you want to tell first?\"",
      "Reflect the feeling: \"I can hear how proud you are.\"",
    ],
  },
  {
    id: "celebrate-small-win", kind: "celebration", title: "Toast a small win", minutes: 2, depth: "light", for: "two", topics: ["joy", "everyday"], emotions: ["glad"],
    summary: "Not every celebration needs a big event. A finished task, a hard call made, a good run: raise a cup to it.",
    steps: [
      "Notice a small win your partner mentions, or ask: \"What went right today?\"",
      "Raise whatever you're drinking and name the win out loud.",
      "Add why it matters: \"That call has been weighing on you for weeks.\"",
    ],
  },
  {
    id: "celebrate-name-the-effort", kind: "celebration", title: "Celebrate the effort, not only the result", minutes: 3, depth: "medium", for: "two", topics: ["joy", "appreciation"], emotions: ["glad"],
    summary: "Recognising the work behind good news tells your partner you saw the whole journey.",
    steps: [
      "Think back to the hard parts you saw along the way.",
      "Say them: \"I remember the late nights and how nervous you were.\"",
      "\"This is yours. You earned it.\"",
    ],
  },
  {
    id: "celebrate-good-news-ritual", kind: "celebration", title: "Create a good-news ritual", minutes: 5, depth: "light", for: "two", topics: ["joy", "play"], emotions: ["glad"],
    summary: "A small, silly ritual for good news (a song, a dance, a special dessert) makes celebrating easy and automatic.",
    steps: [
      "Together, pick a ritual you both enjoy: a song, a high five, a favourite treat.",
      "Agree that any good news, however small, earns the ritual.",
      "Do it the next time either of you shares something good.",
    ],
  },
  {
    id: "celebrate-brag-for-them", kind: "celebration", title: "Brag about them a little", minutes: 3, depth: "light", for: "one", topics: ["joy", "appreciation"], emotions: ["glad"],
    summary: "Telling someone else how proud you are of your partner, with their blessing, doubles the joy.",
    steps: [
      "Ask first: \"Can I tell ___ about your news? I'm so proud of you.\"",
      "If yes, share it warmly with a friend or family member.",
      "Tell your partner how the other person reacted.",
    ],
  },
  {
    id: "celebrate-write-it-down", kind: "celebration", title: "Write a note about their good news", minutes: 4, depth: "medium", for: "one", topics: ["joy", "appreciation"], emotions: ["glad"],
    summary: "A short written note can be reread on hard days. It turns a happy moment into something lasting.",
    steps: [
      "Write a few lines about what happened and what it says about your partner.",
      "Include one thing you admire that made this possible.",
      "Leave it somewhere they'll find it, or send it as a message.",
    ],
  },
  {
    id: "celebrate-without-comparing", kind: "celebration", title: "Celebrate without comparing", minutes: 3, depth: "medium", for: "one", topics: ["joy", "growth"], emotions: ["glad", "sad"],
    summary: "If their good news stirs up envy or worry in you, that's human. Feel it privately and let their moment stay theirs.",
    steps: [
      "Notice any twinge in yourself: envy, fear of change, feeling left behind.",
      "Name it kindly to yourself and set it aside for now.",
      "Turn back to your partner with genuine interest in their joy.",
      "Later, if it stays with you, share your feeling as your own, not as a damper on theirs.",
    ],
  },
  {
    id: "celebrate-when-news-means-change", kind: "celebration", title: "Good news that brings change", minutes: 8, depth: "deep", for: "two", topics: ["joy", "reassurance"], emotions: ["glad", "fear"],
    summary: "A new job or a big opportunity can be joyful and unsettling at once. Celebrate first, then make room for both feelings.",
    steps: [
      "Celebrate fully first. The joy deserves its own moment.",
      "Later, ask: \"Alongside the excitement, is there anything you're nervous about?\"",
      "Share your own mix of feelings honestly and kindly.",
      "Agree how you'll keep talking as the change unfolds.",
    ],
  },
  {
    id: "celebrate-our-own-milestone", kind: "celebration", title: "Mark a milestone of your own", minutes: 6, depth: "medium", for: "two", topics: ["joy", "closeness"], emotions: ["glad"],
    summary: "The day you met, your first trip, a year of something: pick a date that matters to the two of you and honour it.",
    steps: [
      "Choose a date that means something to you both, whatever it is.",
      "Share one favourite memory each from the time since.",
      "Say one thing you've come to appreciate more about each other.",
    ],
  },
  {
    id: "celebrate-joy-jar", kind: "celebration", title: "Start a joy jar", minutes: 3, depth: "light", for: "two", topics: ["joy", "appreciation"], emotions: ["glad"],
    summary: "Collect good moments on slips of paper or in a shared note. Reading them together later is a gift to your future selves.",
    steps: [
      "Pick a jar, a box or a shared note.",
      "Whenever something good happens to either of you, add a line with the date.",
      "Once a month, read a few aloud together.",
    ],
  },
  {
    id: "celebrate-ask-how-to-celebrate", kind: "celebration", title: "Ask how they'd like to celebrate", minutes: 3, depth: "light", for: "two", topics: ["joy", "listening"], emotions: ["glad"],
    summary: "Some people love a fuss, others prefer a quiet evening. Asking is part of the celebration.",
    steps: [
      "\"This is big! How would you like to celebrate?\"",
      "Offer a couple of options if they're unsure: a meal out, a walk, a quiet night in.",
      "Follow their lead, even if you'd celebrate differently.",
    ],
  },
  {
    id: "celebrate-progress-not-finish", kind: "celebration", title: "Celebrate a step on a long road", minutes: 3, depth: "medium", for: "two", topics: ["joy", "growth"], emotions: ["glad"],
    summary: "Long goals have few finish lines. Celebrating the steps keeps hope alive along the way.",
    steps: [
      "Ask about a longer goal your partner is working towards.",
      "Name the progress you've seen: \"Six months ago this felt impossible.\"",
      "Do something small and nice to mark the step.",
    ],
  },
  {
    id: "celebrate-their-courage", kind: "celebration", title: "Honour a brave moment", minutes: 4, depth: "deep", for: "two", topics: ["joy", "trust"], emotions: ["glad", "fear"],
    summary: "Sometimes the good news is that they tried: spoke up, applied, set a boundary. Courage deserves celebrating whatever the outcome.",
    steps: [
      "\"I know that scared you, and you did it anyway.\"",
      "Ask: \"What was it like in the moment?\"",
      "\"Whatever happens next, I'm proud of you for being brave.\"",
    ],
  },
  {
    id: "celebrate-shared-win", kind: "celebration", title: "Celebrate a win you share", minutes: 5, depth: "light", for: "two", topics: ["joy", "closeness"], emotions: ["glad"],
    summary: "When something good happens to both of you, pause to notice what each of you brought to it.",
    steps: [
      "Name the shared win together.",
      "Each say what you appreciated about the other's part in it.",
      "Pick a small way to mark it, today or this week.",
    ],
  },
  {
    id: "celebrate-good-news-from-afar", kind: "celebration", title: "Celebrate from a distance", minutes: 3, depth: "light", for: "one", topics: ["joy", "closeness"], emotions: ["glad"],
    summary: "Good news doesn't wait until you're together. A message, a voice note or a call can carry real joy across the miles.",
    steps: [
      "Respond right away with warmth: a voice note often says more than text.",
      "Ask one question that shows you want the full story.",
      "Plan a proper celebration for when you're together again.",
    ],
  },
];
