import type { LibraryItemInput } from "../schema.ts";

/**
 * Practices for the household-labour and long-distance sets: shown to a couple once both
 * chose the set. Written for Attune in its own words.
 */
export const HOUSEHOLD_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "map-the-invisible-jobs", kind: "exercise", set: "household", title: "Map the invisible jobs", minutes: 10, depth: "medium", for: "two", topics: ["everyday", "values"],
    summary: "Much of running a home is thinking, planning and remembering. Writing it all down, without blame, shows who carries what.",
    steps: [
      "Together, list the jobs of your home, including the thinking ones: noticing, planning, remembering birthdays, booking appointments.",
      "Mark who usually does each one, and who notices when it needs doing.",
      "Each say one thing on the list that surprised you.",
      "Pick one job to hand over completely, thinking and doing, for a month.",
    ],
  },
  {
    id: "whole-task-handover", kind: "exercise", set: "household", title: "Hand over a whole task", minutes: 5, depth: "light", for: "two", topics: ["everyday", "trust"],
    summary: "Helping with a task still leaves one person in charge of it. Owning it from start to finish is what lightens the load.",
    steps: [
      "Choose one task, like the weekly food shop or the laundry.",
      "The person taking it on owns all of it: noticing, planning, doing and finishing.",
      "The other person lets it be done their way, without checking or redoing.",
      "After two weeks, each say how it felt.",
    ],
  },
  {
    id: "weekly-home-huddle", kind: "exercise", set: "household", title: "A ten-minute home huddle", minutes: 10, depth: "light", for: "two", topics: ["everyday"],
    summary: "A short weekly look at the days ahead stops one person quietly holding the whole plan in their head.",
    steps: [
      "Once a week, sit down with a calendar for ten minutes.",
      "Look at what's coming: meals, appointments, visits, bills, birthdays.",
      "Share out the jobs so each of you knows what's yours.",
      "End with one thing you're each looking forward to.",
    ],
  },
  {
    id: "standards-we-share", kind: "exercise", set: "household", title: "Whose standard is it?", minutes: 8, depth: "medium", for: "two", topics: ["values", "family"],
    summary: "How clean is clean? Standards often come from the homes we grew up in. Talking about them turns a quiet battle into a choice.",
    steps: [
      "Each name three things at home you care about keeping a certain way.",
      "For each, say where you think that standard came from.",
      "Sort them together: shared, mine to look after, or fine to let go.",
    ],
  },
  {
    id: "thank-the-invisible-work", kind: "exercise", set: "household", title: "Thank the work nobody sees", minutes: 3, depth: "light", for: "two", topics: ["appreciation"], emotions: ["glad"],
    summary: "Noticing the invisible work out loud makes it visible and makes the person doing it feel seen.",
    steps: [
      "Each think of a job the other did this week that usually goes unnoticed.",
      "Say it specifically: \"Thank you for remembering to book the boiler service.\"",
      "The receiver says \"Thank you for noticing\", no brushing it off.",
    ],
  },
  {
    id: "when-i-feel-alone-with-it", kind: "exercise", set: "household", title: "When I feel alone with the home", minutes: 8, depth: "deep", for: "two", topics: ["feelings", "listening"], emotions: ["mad", "sad"],
    summary: "Resentment about chores is often loneliness underneath. Saying the feeling, not the list, helps the other person really hear it.",
    steps: [
      "The sharer starts with \"I feel...\" and describes a moment when running the home felt lonely or heavy.",
      "The listener reflects the feeling back before saying anything else.",
      "Ask together: what would help next time?",
      "Swap roles if both of you would like to.",
    ],
  },
  {
    id: "rest-is-part-of-the-plan", kind: "exercise", set: "household", title: "Rest is part of the plan", minutes: 5, depth: "light", for: "two", topics: ["everyday", "stress"], emotions: ["fear"],
    summary: "There is always another job. Planning rest for both of you, fairly, matters as much as planning the chores.",
    steps: [
      "Each say when in the week you'd most like an hour off from home jobs.",
      "Protect those hours for each other.",
      "Check after a week whether both of you actually got them.",
    ],
  },
  {
    id: "a-chore-date", kind: "celebration", set: "household", title: "Make a chore a date", minutes: 10, depth: "light", for: "two", topics: ["play", "joy", "everyday"], emotions: ["glad"],
    summary: "Some jobs are lighter together. Music, a treat afterwards and a bit of silliness turn one chore into time together.",
    steps: [
      "Pick one job you can do side by side.",
      "Put on music each of you chose.",
      "Plan a small treat for when it's done, and enjoy it together.",
    ],
  },
  {
    id: "chores-after-a-row", kind: "exercise", set: "household", title: "Coming back after a row about chores", minutes: 8, depth: "medium", for: "two", topics: ["conflict", "repair"],
    summary: "A fight about the dishes is rarely about the dishes. Coming back to it calmly helps find what each person needed.",
    steps: [
      "Wait until you both feel calm.",
      "Each say what you needed in that moment, starting with \"I\".",
      "Each name one thing the other said that made sense.",
      "Agree one small change to try this week.",
    ],
  },
  {
    id: "home-that-fits-now", kind: "exercise", set: "household", title: "A home that fits this season", minutes: 8, depth: "medium", for: "two", topics: ["growth", "everyday"],
    summary: "A new job, an illness, a baby, caring for a parent: what worked last year may not fit now. Re-share the load when life changes.",
    steps: [
      "Each say what has changed in your life recently.",
      "Look at who does what and ask: does this still fit?",
      "Move one or two jobs to match the season you're in.",
      "Agree when to look again.",
    ],
  },
];

export const LONG_DISTANCE_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "same-time-ritual", kind: "exercise", set: "long-distance", title: "A ritual at the same moment", minutes: 3, depth: "light", for: "two", topics: ["closeness", "everyday"],
    summary: "Doing one small thing at the same moment, wherever you are, makes the distance feel smaller.",
    steps: [
      "Pick a daily moment that works in both time zones.",
      "Choose a small shared act: a cup of tea, a short message, looking at the sky.",
      "Send one word afterwards about how it felt.",
    ],
  },
  {
    id: "calls-that-connect", kind: "exercise", set: "long-distance", title: "Calls that feel like being together", minutes: 10, depth: "medium", for: "two", topics: ["closeness", "listening"],
    summary: "Calls can turn into reports of the day. A few changes make them feel like time together instead.",
    steps: [
      "Start with how you're each feeling, not what happened.",
      "Ask one curious question about something small in the other's day.",
      "Leave a few minutes to do something together: cook, walk, or sit quietly on the call.",
      "End with something to look forward to.",
    ],
  },
  {
    id: "countdown-plans", kind: "celebration", set: "long-distance", title: "Plan the next time together", minutes: 8, depth: "light", for: "two", topics: ["joy", "dreams"], emotions: ["glad"],
    summary: "Having the next visit planned gives the days apart a shape and something to look forward to.",
    steps: [
      "Agree the date of your next time together, or a rough window.",
      "Each add one thing you'd love to do then.",
      "Share one small thing each week that you're looking forward to.",
    ],
  },
  {
    id: "gentler-goodbyes", kind: "exercise", set: "long-distance", title: "Gentler goodbyes", minutes: 6, depth: "medium", for: "two", topics: ["comfort", "closeness"], emotions: ["sad"],
    summary: "Goodbyes are often the hardest part. A shared goodbye ritual and a plan for the first evening apart can soften them.",
    steps: [
      "Together, choose a small goodbye ritual: a phrase, a song, a note left behind.",
      "Each say what helps on the first evening apart.",
      "Plan a short call or message for that evening.",
    ],
  },
  {
    id: "landing-back-together", kind: "exercise", set: "long-distance", title: "Landing back together", minutes: 5, depth: "light", for: "two", topics: ["closeness", "everyday"],
    summary: "Reunions can feel oddly awkward after time apart. Going gently for the first few hours helps you find each other again.",
    steps: [
      "Expect the first hours to feel a little strange; that's normal.",
      "Start with something easy side by side: a walk, a meal, a film.",
      "Each share one thing from your time apart you didn't say on the phone.",
    ],
  },
  {
    id: "missing-you-honestly", kind: "exercise", set: "long-distance", title: "Missing you, honestly", minutes: 6, depth: "deep", for: "two", topics: ["feelings", "listening"], emotions: ["sad", "fear"],
    summary: "Missing someone can bring up worry, loneliness or even irritation. Saying the real feeling keeps you close.",
    steps: [
      "The sharer finishes: \"This week, missing you has felt like...\"",
      "The listener reflects it back, without cheering up or fixing.",
      "Ask: \"Is there anything that would help this week?\"",
      "Swap roles.",
    ],
  },
  {
    id: "post-a-small-thing", kind: "exercise", set: "long-distance", title: "Send something you can hold", minutes: 5, depth: "light", for: "one", topics: ["appreciation", "closeness"], emotions: ["glad"],
    summary: "A letter, a photo or a small object arrives as a piece of you. Something to hold matters when you can't hold each other.",
    steps: [
      "Choose something small: a handwritten note, a photo, a pressed leaf, a snack they love.",
      "Add one line about why you chose it.",
      "Post it without telling them when it will arrive.",
    ],
  },
  {
    id: "shared-screen-evening", kind: "celebration", set: "long-distance", title: "An evening side by side, on screen", minutes: 10, depth: "light", for: "two", topics: ["play", "joy"], emotions: ["glad"],
    summary: "Watching, playing or cooking the same thing at the same time gives you an evening together despite the miles.",
    steps: [
      "Pick something to do together: a film, a game, the same recipe.",
      "Start it at the same moment and keep the call open.",
      "Afterwards, each say your favourite moment.",
    ],
  },
  {
    id: "trust-across-the-miles", kind: "exercise", set: "long-distance", title: "What helps us trust across the miles", minutes: 8, depth: "deep", for: "two", topics: ["trust", "reassurance"], emotions: ["fear"],
    summary: "Distance can make ordinary silences feel worrying. Agreeing what helps each of you feel secure takes guesswork out.",
    steps: [
      "Each say what helps you feel secure when you haven't heard from the other for a while.",
      "Each say what feels like too much checking in.",
      "Find an agreement that works for both, and try it for a month.",
    ],
  },
  {
    id: "closing-the-distance", kind: "exercise", set: "long-distance", title: "Talking about closing the distance", minutes: 10, depth: "deep", for: "two", topics: ["dreams", "values"],
    summary: "Knowing whether, when and how you hope to live closer helps the present feel like part of a shared plan.",
    steps: [
      "Each say what closing the distance would look like for you, and roughly when.",
      "Name what each of you would be giving up or gaining.",
      "Agree what you know, what you don't yet, and when to talk again.",
    ],
  },
];
