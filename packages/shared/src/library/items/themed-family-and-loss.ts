import type { LibraryItemInput } from "../schema.ts";

/**
 * Practices for the parenting and grief-and-illness sets: shown to a couple once both
 * chose the set. Grief and illness practices open with a content note and never rush
 * anyone. Written for Attune in its own words.
 */
export const PARENTING_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "couple-time-in-busy-years", kind: "exercise", set: "parenting", title: "Fifteen minutes that are just ours", minutes: 10, depth: "light", for: "two", topics: ["closeness", "everyday"],
    summary: "With a child in the house, couple time shrinks first. Fifteen protected minutes a day, with no logistics allowed, keeps you two connected.",
    steps: [
      "Pick a daily slot after bedtime or before the house wakes.",
      "Agree: no talk of schedules, chores or the child's problems for these minutes.",
      "Talk about anything else: your day's feelings, a memory, something funny.",
      "If one of you is too tired, sit close for five minutes instead.",
    ],
  },
  {
    id: "parenting-values-three-words", kind: "exercise", set: "parenting", title: "Three words for the family we're making", minutes: 8, depth: "medium", for: "two", topics: ["values", "family"],
    summary: "Agreeing a few shared values makes everyday decisions easier and disagreements smaller.",
    steps: [
      "Each write three words for how you hope your family feels: safe, curious, kind, lively...",
      "Share them and find the overlap.",
      "Choose three together and think of one everyday way each shows up.",
    ],
  },
  {
    id: "same-side-on-limits", kind: "exercise", set: "parenting", title: "On the same side about limits", minutes: 8, depth: "medium", for: "two", topics: ["family", "trust"],
    summary: "Children notice when parents pull in different directions. Agreeing a few limits in advance means neither of you stands alone.",
    steps: [
      "Each name a situation where you often handle things differently: screens, bedtime, sweets.",
      "Say what worries you about each, starting with \"I\".",
      "Agree one approach you can both live with, and a signal for \"let's talk about this later\".",
    ],
  },
  {
    id: "what-our-childhoods-taught", kind: "exercise", set: "parenting", title: "What our own childhoods taught us", minutes: 10, depth: "deep", for: "two", topics: ["history", "family"],
    summary: "The way we were raised echoes in how we parent. Sharing those echoes helps you understand each other's reactions.",
    steps: [
      "Each share one thing from how you were raised that you want to keep.",
      "Each share one thing you'd like to do differently, only as much as you're comfortable sharing.",
      "The listener says what they understand about the other's reactions now.",
    ],
  },
  {
    id: "tag-out-signal", kind: "exercise", set: "parenting", title: "A tag-out signal", minutes: 4, depth: "light", for: "two", topics: ["stress", "everyday"], emotions: ["mad", "fear"],
    summary: "Every parent reaches the end of their patience. A simple signal to hand over, with no questions asked, protects everyone.",
    steps: [
      "Choose a word or gesture that means \"I need you to take over for a bit\".",
      "Agree that the other steps in without comment, when they safely can.",
      "Later, the one who tagged out can say what was happening, if they'd like.",
    ],
  },
  {
    id: "share-the-mental-load-of-kids", kind: "exercise", set: "parenting", title: "Share the thinking, not just the doing", minutes: 10, depth: "medium", for: "two", topics: ["everyday", "values"],
    summary: "Forms, appointments, clothes that no longer fit: the thinking work of parenting often lands on one person. Sharing it whole makes the load fairer.",
    steps: [
      "List the parenting jobs that are mostly thinking: school admin, health, birthdays, clothes.",
      "Mark who holds each one now.",
      "Move one or two whole jobs, noticing and doing, to the other person.",
      "Check in after a month.",
    ],
  },
  {
    id: "celebrate-a-parenting-moment", kind: "celebration", set: "parenting", title: "A parenting moment to celebrate", minutes: 4, depth: "light", for: "two", topics: ["appreciation", "joy"], emotions: ["glad"],
    summary: "Parenting is mostly noticed when it goes wrong. Naming what went right, for each other, builds you both up.",
    steps: [
      "Each name one moment this week when the other parented well.",
      "Say it specifically and what it meant to you.",
      "Receive it with a simple thank you.",
    ],
  },
  {
    id: "after-a-hard-parenting-day", kind: "exercise", set: "parenting", title: "After a hard parenting day", minutes: 6, depth: "medium", for: "two", topics: ["comfort", "listening", "stress"], emotions: ["sad", "mad"],
    summary: "Some days with children are simply hard. Being heard without advice helps more than any tip.",
    steps: [
      "The tired parent describes the day and how it felt.",
      "The listener reflects the feeling and resists fixing.",
      "Ask: \"What would help tonight?\" and do that if you can.",
    ],
  },
  {
    id: "each-of-us-beyond-parent", kind: "exercise", set: "parenting", title: "An hour of your own", minutes: 5, depth: "medium", for: "two", topics: ["growth", "dreams"],
    summary: "Staying yourself helps you stay close. Protecting a little time for each person's own interests keeps you both whole.",
    steps: [
      "Each name something you've missed doing for yourself.",
      "Find an hour in the next fortnight for each of you to do it.",
      "Afterwards, tell each other about it.",
    ],
  },
  {
    id: "how-we-repair-with-our-child", kind: "exercise", set: "parenting", title: "How we put things right with our child", minutes: 6, depth: "deep", for: "two", topics: ["repair", "family"],
    summary: "Every parent loses their temper sometimes. What matters most is coming back and putting things right, and children learn repair from watching it.",
    steps: [
      "Each share how it feels when you've snapped at your child.",
      "Agree a simple way to come back: get down to their level, name what happened, say sorry, reconnect.",
      "Support each other in doing it, without judging.",
    ],
  },
];

export const GRIEF_AND_ILLNESS_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "telling-their-story", kind: "exercise", set: "grief-and-illness", title: "Stories of someone we miss", minutes: 10, depth: "deep", for: "two", topics: ["comfort", "history", "listening"], emotions: ["sad"],
    summary: "Content note: loss. Speaking about someone who died, and being listened to, keeps them near. Go only as far as feels right today.",
    steps: [
      "The sharer chooses someone they miss and tells a story about them.",
      "The listener asks one gentle question: \"What was their laugh like?\"",
      "No comparing and no silver linings. Tears are welcome.",
      "End by thanking each other.",
    ],
  },
  {
    id: "grief-waves-plan", kind: "exercise", set: "grief-and-illness", title: "A word for what helps", minutes: 6, depth: "medium", for: "two", topics: ["comfort", "feelings"], emotions: ["sad"],
    summary: "Content note: loss. Grief comes in waves, often without warning. Knowing ahead what helps means the other can offer it without guessing.",
    steps: [
      "The grieving person names what helps in a wave: company, space, a hug, a walk, being left to cry.",
      "Agree a simple word to say which one you need.",
      "The partner promises to follow the word, even if it's \"space\".",
    ],
  },
  {
    id: "marking-a-hard-date", kind: "exercise", set: "grief-and-illness", title: "Marking a hard date", minutes: 8, depth: "medium", for: "two", topics: ["comfort", "family"], emotions: ["sad"],
    summary: "Content note: loss. Anniversaries and birthdays of someone who has died can be hard. Planning the day gently helps.",
    steps: [
      "A week before, ask: \"How would you like to spend that day?\"",
      "Choose together: a ritual, a visit, a meal they loved, or a quiet ordinary day.",
      "On the day, check in once, kindly, and follow their lead.",
    ],
  },
  {
    id: "not-a-patient-today", kind: "exercise", set: "grief-and-illness", title: "Not only a patient", minutes: 5, depth: "medium", for: "two", topics: ["closeness", "comfort"],
    summary: "Content note: illness. Illness can turn a partner into a carer and the other into a patient. Small moments of ordinary life restore you both.",
    steps: [
      "Each name one ordinary thing you miss doing together.",
      "Find a version of it that fits how things are now.",
      "Do it this week, with no talk of health for that time.",
    ],
  },
  {
    id: "appointment-debrief", kind: "exercise", set: "grief-and-illness", title: "After a medical appointment", minutes: 6, depth: "medium", for: "two", topics: ["stress", "listening"], emotions: ["fear"],
    summary: "Content note: illness. News from an appointment can be hard to take in. A short, calm debrief helps both of you hold it.",
    steps: [
      "Give the person who had the appointment some quiet time first, if they'd like it.",
      "Ask: \"What did you hear, and how are you feeling about it?\"",
      "Write down any questions for next time together.",
      "Agree one kind thing to do for yourselves today.",
    ],
  },
  {
    id: "carer-needs-care-too", kind: "exercise", set: "grief-and-illness", title: "The carer needs care too", minutes: 5, depth: "medium", for: "one", topics: ["stress", "comfort"], emotions: ["sad", "fear"],
    summary: "Content note: illness. Caring for someone you love is tiring and can feel lonely. Looking after yourself is part of caring well.",
    steps: [
      "Name three things that have drained you this week.",
      "Name one thing that would refill you, however small.",
      "Ask one person, a friend, family member or service, for one specific bit of help.",
    ],
  },
  {
    id: "saying-the-fear", kind: "exercise", set: "grief-and-illness", title: "Saying the fear out loud", minutes: 8, depth: "deep", for: "two", topics: ["feelings", "closeness"], emotions: ["fear"],
    summary: "Content note: illness and loss. Fears about illness often go unspoken to protect each other, and then each worries alone. Saying them, gently, brings you closer.",
    steps: [
      "Agree first that either of you can stop at any time.",
      "Each finish: \"The fear I carry quietly is...\" only if you're ready to.",
      "The listener reflects it back and holds a hand, if welcome.",
      "End with one thing you're grateful for today.",
    ],
  },
  {
    id: "remembering-together", kind: "celebration", set: "grief-and-illness", title: "Doing something they loved", minutes: 10, depth: "medium", for: "two", topics: ["family", "comfort", "joy"], emotions: ["sad", "glad"],
    summary: "Content note: loss. Doing something the person you lost loved lets sadness and warmth sit side by side.",
    steps: [
      "Choose something they loved: a recipe, a walk, a song, a film.",
      "Do it together and share a memory while you do.",
      "Notice any gladness alongside the sadness; both belong.",
    ],
  },
  {
    id: "grieving-differently", kind: "exercise", set: "grief-and-illness", title: "When we grieve differently", minutes: 8, depth: "deep", for: "two", topics: ["feelings", "listening"], emotions: ["sad", "mad"],
    summary: "Content note: loss. One person wants to talk, the other to keep busy. Grieving differently is normal and can be understood, not judged.",
    steps: [
      "Each say how grief tends to show up for you: talking, doing, quiet, anger, tears.",
      "Each say what the other's way looks like from the outside.",
      "Agree how to give each other room and still stay close.",
    ],
  },
  {
    id: "hope-in-small-pieces", kind: "exercise", set: "grief-and-illness", title: "Hope in small pieces", minutes: 4, depth: "light", for: "two", topics: ["dreams", "comfort"], emotions: ["glad", "sad"],
    summary: "Content note: illness or loss. When the big future feels uncertain, small hopes for this week can still be real and shared.",
    steps: [
      "Each name one small thing you're hoping for this week.",
      "Pick one you can help each other with.",
      "At the end of the week, say how it went.",
    ],
  },
];
