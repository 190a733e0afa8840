import type { LibraryItemInput } from "../schema.ts";

/**
 * Empathy exercises about closeness, appreciation, calm and knowing each other's
 * inner world (2-10 minutes, with steps). Written for Attune in its own words.
 */
export const CLOSENESS_EXERCISES: readonly LibraryItemInput[] = [
  {
    id: "breathe-side-by-side", kind: "exercise", title: "Breathe side by side", minutes: 4, depth: "light", for: "two", topics: ["closeness", "stress"], emotions: ["fear", "mad"],
    summary: "Two quiet minutes of slow breathing together settles both nervous systems. A good start to any harder talk.",
    steps: [
      "Sit side by side or back to back, whichever feels comfortable for you both.",
      "Breathe in for four counts and out for six, for about two minutes.",
      "If you both like, hold hands or let your shoulders touch.",
      "Each name one word for how you feel now.",
    ],
  },
  {
    id: "three-specific-thanks", kind: "exercise", title: "Three specific thank-yous", minutes: 4, depth: "light", for: "two", topics: ["appreciation"], emotions: ["glad"],
    summary: "Specific appreciation lands deeper than a general \"thanks for everything\". Name the action and what it meant.",
    steps: [
      "Each of you thinks of three things the other did recently, however small.",
      "Take turns saying them with detail: \"Thank you for texting me before the interview. It calmed me down.\"",
      "The receiver just says \"Thank you for noticing\". No brushing it off.",
    ],
  },
  {
    id: "when-you-i-felt", kind: "exercise", title: "When you..., I felt...", minutes: 5, depth: "light", for: "two", topics: ["appreciation", "feelings"], emotions: ["glad"],
    summary: "A simple shape for appreciation that includes the inner layer: what they did, how it felt, and why it mattered.",
    steps: [
      "Each of you picks one moment from the past week when the other made a difference.",
      "Say it as: \"When you ___, I felt ___, because ___.\"",
      "The listener reflects the feeling back: \"It sounds like that helped you feel ___.\"",
      "Swap roles.",
    ],
  },
  {
    id: "update-your-map", kind: "exercise", title: "Update your map of each other", minutes: 10, depth: "medium", for: "two", topics: ["everyday", "closeness"],
    summary: "Knowing your partner's current world (stresses, friends, hopes) keeps intimacy up to date. People change; the map should too.",
    steps: [
      "Take turns asking these, one at a time: What's stressing you most right now?",
      "Who in your life are you thinking about lately, and why?",
      "What are you looking forward to?",
      "What's something you've been wanting to try?",
      "After each answer, the asker says one thing they didn't know before.",
    ],
  },
  {
    id: "what-helps-them-note", kind: "exercise", title: "Write down what helps them", minutes: 3, depth: "light", for: "one", topics: ["comfort", "history"],
    summary: "Understanding someone deeply takes remembering. A short private note about what soothes your partner means you'll remember it when it counts.",
    steps: [
      "Think of the last time your partner was sad or stressed and something helped.",
      "Write what it was: words, a gesture, space, food, a walk.",
      "Add anything you know from their past that explains why it helps.",
      "Save it in your partner map in Attune so it's there next time.",
    ],
  },
  {
    id: "story-behind-a-photo", kind: "exercise", title: "The story behind a photo", minutes: 10, depth: "medium", for: "two", topics: ["history", "family"],
    summary: "An old photo opens a door to your partner's history and the feelings that came with it.",
    steps: [
      "Each of you finds a photo from before you met, ideally from childhood or teenage years.",
      "Take turns telling the story around it: where, who, what was going on in your life.",
      "The listener asks: \"What were you feeling back then?\"",
      "End by saying one thing you now understand better about each other.",
    ],
  },
  {
    id: "outside-stress-debrief", kind: "exercise", title: "On your side: a stress debrief", minutes: 10, depth: "medium", for: "two", topics: ["stress", "work", "listening"], emotions: ["mad", "fear"],
    summary: "Talk about stress from outside the relationship with a partner who is fully on your side. It's not the moment for the other side's view.",
    steps: [
      "Only stress from outside the two of you counts today: work, family, friends, health.",
      "The first person vents for up to four minutes.",
      "The listener takes their side: \"That's so unfair\", \"No wonder you're fed up.\"",
      "The listener asks what would help, and offers advice only if asked.",
      "Swap roles.",
    ],
  },
  {
    id: "fear-into-request", kind: "exercise", title: "Turn a fear into a request", minutes: 5, depth: "medium", for: "one", topics: ["reassurance", "growth"], emotions: ["fear"],
    summary: "Fears often come out sideways as criticism or silence. Shape one into a clear, kind request you could actually make.",
    steps: [
      "Name a worry you have about the relationship or your partner, as honestly as you can.",
      "Ask yourself what would ease it a little.",
      "Write it as a request that starts with \"Would you...\" and describes something doable.",
      "Read it back. Does it sound kind? Adjust until it does, then choose a calm moment to ask.",
    ],
  },
  {
    id: "gentle-start", kind: "exercise", title: "Start gently", minutes: 5, depth: "medium", for: "one", topics: ["conflict", "repair"], emotions: ["mad"],
    summary: "How a hard conversation starts often decides how it ends. Rewrite a complaint so it opens the door instead of closing it.",
    steps: [
      "Write down a complaint you have, exactly as it comes to mind.",
      "Remove any \"you always\" or \"you never\".",
      "Rewrite it as: \"I feel ___ about ___, and I need ___.\"",
      "Read both versions aloud and notice which one you'd rather hear.",
    ],
  },
  {
    id: "from-always-to-i-feel", kind: "exercise", title: "From \"you always\" to \"I feel\"", minutes: 6, depth: "medium", for: "two", topics: ["conflict", "listening"], emotions: ["mad"],
    summary: "Practise together, with playful examples, turning blame into something your partner can hear.",
    steps: [
      "Each of you writes one exaggerated, low-stakes complaint, like \"You always steal the blanket.\"",
      "Swap papers and rewrite the other's complaint as an \"I feel... I need...\" sentence.",
      "Read the rewrites aloud and laugh if it's funny.",
      "Talk about one real, small topic where you'd like to use the new shape.",
    ],
  },
  {
    id: "two-truths-and-a-wish", kind: "exercise", title: "Two truths and a wish", minutes: 5, depth: "light", for: "two", topics: ["play", "dreams"], emotions: ["glad"],
    summary: "A playful game that sneaks in something real: two true things from your week, and one wish for the next.",
    steps: [
      "Each of you thinks of two true things that happened this week and one wish for next week.",
      "Say all three in any order; your partner guesses which one is the wish.",
      "Talk for a minute about the wish: what would make it possible?",
    ],
  },
  {
    id: "one-quiet-minute", kind: "exercise", title: "One quiet minute", minutes: 2, depth: "light", for: "two", topics: ["closeness"],
    summary: "Sixty seconds of simply being together without talking. It can feel awkward, and then surprisingly close. Eye contact is one way, not the only one.",
    steps: [
      "Sit together, phones away: facing each other, or side by side if that is easier.",
      "Set a timer for one minute and stay quiet together. Look at each other, or hold hands, lean shoulder to shoulder, or both look at the same view.",
      "If eye contact is hard for either of you (many people find it tiring or too intense), skip it: being near is the point. Smiling and laughing are allowed.",
      "When it ends, each say one word about how it felt.",
    ],
  },
  {
    id: "dream-listener", kind: "exercise", title: "Be the dream listener", minutes: 10, depth: "deep", for: "two", topics: ["dreams", "listening"],
    summary: "Behind many dreams is a story about who we hope to be. The listener's only job is to understand why the dream matters.",
    steps: [
      "The dreamer describes something they'd love to do, have or become, big or small.",
      "The listener asks only about meaning: \"What would it give you?\", \"When did this dream start?\"",
      "No feasibility checks or plans, not today.",
      "The listener sums up: \"So this dream is really about...\"",
      "Swap roles if you have time, or save it for another day.",
    ],
  },
  {
    id: "sharing-a-sore-spot", kind: "exercise", title: "Sharing a sore spot", minutes: 10, depth: "deep", for: "two", topics: ["history", "trust"], emotions: ["sad", "fear"],
    summary: "Everyone has tender places that get pressed in daily life. Sharing one, and how it started, helps your partner handle it with care.",
    steps: [
      "Choose a calm time. One person names a sore spot: feeling left out, feeling criticised, being rushed.",
      "They share, if they want to, where it comes from in their story.",
      "The listener reflects: \"So when ___ happens, it touches that old feeling of ___.\"",
      "Ask together: what could help when it gets pressed?",
      "Thank each other. This takes courage.",
    ],
  },
  {
    id: "what-sets-off-my-alarm", kind: "exercise", title: "What sets off my alarm", minutes: 8, depth: "deep", for: "two", topics: ["reassurance", "conflict"], emotions: ["fear", "mad"],
    summary: "Knowing each other's alarm triggers, and what switches them off, makes conflicts shorter and repair quicker.",
    steps: [
      "Each of you names one thing your partner sometimes does that sets off a strong reaction in you.",
      "Describe what happens inside you when it does: the feeling, not the verdict.",
      "Name one thing your partner could do in that moment that would calm the alarm.",
      "The listener repeats both back, then swap.",
    ],
  },
  {
    id: "six-second-hello", kind: "exercise", title: "The six-second hello", minutes: 2, depth: "light", for: "two", topics: ["closeness", "everyday"], emotions: ["glad"],
    summary: "Reunions are micro-moments that set the tone for the evening. Make the next one last a few seconds longer, on purpose.",
    steps: [
      "The next time you see each other after time apart, stop what you're doing.",
      "Greet each other with full attention for six seconds: a hug, a kiss, or just eye contact and a smile, whatever you both enjoy.",
      "Ask one feeling question before any logistics.",
    ],
  },
  {
    id: "spot-the-bids", kind: "exercise", title: "Spot the bids", minutes: 6, depth: "medium", for: "two", topics: ["closeness", "everyday"],
    summary: "Bids for connection are the small moments one of us reaches out: a sigh, a shared link, \"look at that\". Learning to notice them changes a lot.",
    steps: [
      "Each of you thinks back over today for moments you reached out to the other, even tiny ones.",
      "Share two each, and how the response felt.",
      "Without blame, name one bid you might have missed from your partner.",
      "Agree on one kind of bid you'd like to catch more often.",
    ],
  },
  {
    id: "savour-a-good-moment", kind: "exercise", title: "Savour a good moment", minutes: 5, depth: "light", for: "two", topics: ["joy", "listening"], emotions: ["glad"],
    summary: "Sharing joy is empathy too. Help your partner relive a good moment in detail so it grows instead of fading.",
    steps: [
      "One of you names a good moment from the past few days.",
      "The listener asks for detail: \"Where were you? What did it feel like? What was the best second of it?\"",
      "The listener reflects the joy: \"I can hear how happy that made you.\"",
      "Swap roles.",
    ],
  },
  {
    id: "near-or-far", kind: "exercise", title: "Near or far?", minutes: 6, depth: "medium", for: "two", topics: ["closeness", "feelings"], emotions: ["sad"],
    summary: "A gentle temperature check on closeness. Physically near and emotionally far happens to every couple; noticing it is how you come back.",
    steps: [
      "Each of you quietly picks a number from 1 (far apart) to 5 (very close) for how this week has felt.",
      "Share the numbers without debating them.",
      "Each names one thing that would move their number up by one.",
      "Choose one of those to do this week.",
    ],
  },
  {
    id: "kind-note-to-self", kind: "exercise", title: "A kind note to yourself", minutes: 4, depth: "light", for: "one", topics: ["comfort", "growth"], emotions: ["sad"],
    summary: "Empathy for your partner is easier when you offer some to yourself too. Write the note a good friend would write you.",
    steps: [
      "Think of something you're finding hard right now.",
      "Write a few lines to yourself as a warm friend would: name the feeling and why it makes sense.",
      "Add one thing you'd remind a friend of in your place.",
      "Read it slowly, once.",
    ],
  },
  {
    id: "micro-moment-review", kind: "exercise", title: "One micro-moment review", minutes: 5, depth: "light", for: "one", topics: ["everyday", "growth"],
    summary: "Empathy grows in small moments. At the end of the day, look back at one, with curiosity rather than judgement.",
    steps: [
      "Recall one small moment today when your partner shared something, even in passing.",
      "How did you respond? What did they seem to feel?",
      "If you could replay it, what would you add: a question, a validating word, a pause?",
      "If it still feels open, you can return to it: \"I've been thinking about what you said earlier.\"",
    ],
  },
  {
    id: "cool-down-before-talking", kind: "exercise", title: "Cool down before talking", minutes: 5, depth: "light", for: "one", topics: ["conflict", "stress"], emotions: ["mad", "fear"],
    summary: "When your heart is racing, listening is nearly impossible. A short self-soothing routine makes a real conversation possible again.",
    steps: [
      "Tell your partner kindly that you need a short break and will come back.",
      "Go somewhere calm. Breathe out longer than you breathe in for a few minutes.",
      "Notice the thoughts that keep the anger going, and set them aside for now.",
      "When your body feels calmer, return and say: \"I'm ready to listen now.\"",
    ],
  },
  {
    id: "what-i-admire", kind: "exercise", title: "What I admire about you", minutes: 5, depth: "medium", for: "two", topics: ["appreciation", "values"], emotions: ["glad"],
    summary: "Admiration is a quiet protector of relationships. Say out loud a quality you admire, with a story that shows it.",
    steps: [
      "Each of you picks a quality you admire in the other: patience, courage, humour, care.",
      "Tell a short story of a time you saw that quality in action.",
      "The receiver says how it feels to hear it, without brushing it off.",
    ],
  },
  {
    id: "friendship-worry", kind: "exercise", title: "When a friendship is hurting", minutes: 8, depth: "medium", for: "two", topics: ["friends", "listening"], emotions: ["sad", "fear"],
    summary: "A clash with a friend can shake someone more than it seems from outside. Level Two empathy helps: what do friendships mean in your partner's story?",
    steps: [
      "The one with the friendship worry tells what happened, and how it felt.",
      "The listener reflects the feeling before anything else: \"That sounds really unsettling.\"",
      "The listener asks: \"What has this friendship meant to you?\"",
      "Together, connect it to their history if it fits: moves, old losses, times of feeling left out.",
      "Ask whether they'd like ideas, or simply company with it tonight.",
    ],
  },
  {
    id: "end-of-day-handover", kind: "exercise", title: "The end-of-day handover", minutes: 5, depth: "light", for: "two", topics: ["work", "stress"], emotions: ["fear", "mad"],
    summary: "A short ritual for the moment the working day ends, whatever your work is, so the day's stress doesn't arrive unannounced.",
    steps: [
      "When you're both home or on a call, each name one thing from the day you'd like to leave at the door.",
      "Then one thing you're still carrying and might need to talk about later.",
      "Then one thing you need this evening: quiet, company, help, fun.",
      "Thank each other, and try to give the other what they asked for.",
    ],
  },
  {
    id: "after-family-time", kind: "exercise", title: "Talking after family time", minutes: 8, depth: "medium", for: "two", topics: ["family", "feelings"], emotions: ["mad", "sad"],
    summary: "Time with family (of origin or chosen) can stir up old feelings. A gentle debrief afterwards helps you both feel on the same side.",
    steps: [
      "Each of you names one moment you enjoyed.",
      "Then one moment that was harder, and what you felt.",
      "The listener validates without defending their own family: \"I can see why that stung.\"",
      "Ask: \"What would help next time?\" and agree one small thing.",
    ],
  },
];
