import type { LibraryItemInput } from "../schema.ts";

/**
 * Repair scripts: words to borrow after a conflict or a missed moment. Steps are the
 * beats of the script, with example lines in quotes that people can make their own.
 * Written for Attune in its own words. Add an item by appending an object.
 */
export const REPAIR_SCRIPTS: readonly LibraryItemInput[] = [
  {
    id: "repair-open-the-door", kind: "repair_script", title: "Opening the door after a fight", minutes: 5, depth: "medium", for: "one", topics: ["repair", "conflict"], emotions: ["mad", "sad"],
    summary: "Start with presence, not perfection. A gentle first sentence that says you want to understand, not to win.",
    steps: [
      "Wait until you both feel calmer, then find a quiet moment.",
      "\"Can we talk about what happened earlier? I want to understand what you felt.\"",
      "If they're not ready: \"That's okay. I'm here when you are.\"",
      "If they are: listen first, and let your own side wait a little.",
    ],
  },
  {
    id: "repair-i-got-defensive", kind: "repair_script", title: "I got defensive", minutes: 4, depth: "medium", for: "one", topics: ["repair", "listening"], emotions: ["mad"],
    summary: "Owning a defensive moment quickly stops a small conflict from growing. Name it, then ask to hear them again.",
    steps: [
      "\"I think I got defensive when you brought that up.\"",
      "\"I'd like to hear it again, and this time really listen.\"",
      "Listen, then reflect: \"So what hurt was...\"",
      "\"Thank you for telling me twice.\"",
    ],
  },
  {
    id: "repair-i-snapped", kind: "repair_script", title: "When I snapped at you", minutes: 3, depth: "light", for: "one", topics: ["repair", "stress"], emotions: ["mad"],
    summary: "Sharp words land even when the stress came from elsewhere. A short, sincere repair without excuses.",
    steps: [
      "\"I snapped at you earlier, and that wasn't fair to you.\"",
      "\"I was stressed about something else, but that's mine to handle, not yours to absorb.\"",
      "\"How did it feel on your end?\"",
      "Listen, then: \"I'm sorry. I'd like to do better at telling you when I'm frazzled.\"",
    ],
  },
  {
    id: "repair-i-brushed-it-off", kind: "repair_script", title: "When I brushed off your feelings", minutes: 5, depth: "medium", for: "one", topics: ["repair", "feelings"], emotions: ["sad"],
    summary: "Saying \"it's not a big deal\" can tell someone their feeling is wrong. Go back and give it the room it needed.",
    steps: [
      "\"Earlier I said it wasn't a big deal. I think that brushed off how you felt.\"",
      "\"It clearly mattered to you, and I'd like to understand why.\"",
      "Listen, and name what you hear: \"It sounds like you felt...\"",
      "\"That makes sense. I'm sorry I rushed past it.\"",
    ],
  },
  {
    id: "repair-i-jumped-to-fixing", kind: "repair_script", title: "When I jumped straight to advice", minutes: 4, depth: "light", for: "one", topics: ["repair", "listening"], emotions: ["sad", "mad"],
    summary: "Advice given too soon can feel like not being heard. A small repair that offers the ear you meant to give.",
    steps: [
      "\"I went straight into solutions when you were telling me about your day.\"",
      "\"I think you might have wanted me to just listen.\"",
      "\"Would you tell me again? I'll keep my ideas to myself unless you ask.\"",
    ],
  },
  {
    id: "repair-i-made-it-about-me", kind: "repair_script", title: "When I made it about me", minutes: 4, depth: "light", for: "one", topics: ["repair", "listening"], emotions: ["sad"],
    summary: "Turning the spotlight to your own story happens to everyone. Hand it back, warmly.",
    steps: [
      "\"When you were telling me about your week, I jumped in with my own story.\"",
      "\"I'm sorry, I'd love to hear the rest of yours.\"",
      "Ask one open question about where they left off, and stay with their story.",
    ],
  },
  {
    id: "repair-i-forgot", kind: "repair_script", title: "When I forgot something that mattered to you", minutes: 5, depth: "medium", for: "one", topics: ["repair", "trust"], emotions: ["sad"],
    summary: "Forgetting can feel like not mattering. The repair is about the feeling it caused, not just the date or task.",
    steps: [
      "\"I forgot about ___, and I know it mattered to you.\"",
      "\"I imagine it felt like you weren't a priority to me. Is that close?\"",
      "Listen without explaining your week.",
      "\"You do matter to me. Here's what I'll do so it doesn't slip again: ___.\"",
    ],
  },
  {
    id: "repair-broken-promise", kind: "repair_script", title: "When I didn't follow through", minutes: 6, depth: "medium", for: "one", topics: ["repair", "trust"], emotions: ["mad", "sad"],
    summary: "Trust is built in kept promises, small ones most of all. Own it, name the effect, and offer a realistic next step.",
    steps: [
      "\"I said I'd ___, and I didn't.\"",
      "\"That probably left you carrying it, or wondering whether you can count on me.\"",
      "\"What was that like for you?\"",
      "\"I'm sorry. Would it help if I ___ this time, and told you early if I can't?\"",
    ],
  },
  {
    id: "repair-morning-after", kind: "repair_script", title: "The morning after a bad night", minutes: 5, depth: "medium", for: "two", topics: ["repair", "closeness"], emotions: ["sad", "mad"],
    summary: "Going to sleep on a fight is common. A warm morning opener lets you return to it without starting round two.",
    steps: [
      "\"I didn't like how we left things last night. I still care about you a lot.\"",
      "\"I don't want to restart the argument. Can we find a time today to understand each other?\"",
      "Agree on a time, and do one small kind thing before you part: a hug, a coffee, a note.",
    ],
  },
  {
    id: "repair-do-over", kind: "repair_script", title: "Asking for a do-over", minutes: 2, depth: "light", for: "two", topics: ["repair", "everyday"], emotions: ["mad"],
    summary: "Sometimes a conversation goes wrong in the first sentence. A light, agreed phrase lets you both start again.",
    steps: [
      "Agree on a do-over phrase in a calm moment, such as \"Can we rewind that?\"",
      "When a talk starts badly, either of you can say it.",
      "The other answers \"Yes, let's\" and you both begin again, more gently.",
    ],
  },
  {
    id: "repair-taking-a-break", kind: "repair_script", title: "Taking a break, kindly", minutes: 3, depth: "light", for: "one", topics: ["conflict", "stress"], emotions: ["mad", "fear"],
    summary: "A break helps when hearts are racing, but walking away without a word can feel like abandonment. Say when you'll be back.",
    steps: [
      "\"I'm getting too worked up to listen well.\"",
      "\"I need about twenty minutes to calm down. I'm not leaving the conversation.\"",
      "\"I'll come back at ___ and I want to hear you.\"",
      "Use the break to calm your body, not to rehearse your case.",
    ],
  },
  {
    id: "repair-coming-back", kind: "repair_script", title: "Coming back after a break", minutes: 4, depth: "medium", for: "one", topics: ["repair", "listening"], emotions: ["mad", "sad"],
    summary: "Returning is the part that rebuilds trust. Come back when you said you would, and lead with listening.",
    steps: [
      "\"Thanks for giving me that time. I'm ready to listen now.\"",
      "\"Would you tell me again what was going on for you?\"",
      "Reflect what you hear before sharing your own side.",
    ],
  },
  {
    id: "repair-receiving-an-apology", kind: "repair_script", title: "Receiving an apology", minutes: 4, depth: "medium", for: "one", topics: ["repair", "trust"], emotions: ["sad", "mad"],
    summary: "An apology offered is a bid for reconnection. You can receive it warmly even if you still need a little time.",
    steps: [
      "\"Thank you for saying that. It means a lot that you see how it affected me.\"",
      "If you still feel raw: \"I'm still a bit sore, and I believe you. Give me a little time.\"",
      "If something is missing: \"What would help me most is also hearing ___.\"",
    ],
  },
  {
    id: "repair-not-ready-yet", kind: "repair_script", title: "When you're not ready to talk yet", minutes: 3, depth: "light", for: "one", topics: ["repair", "trust"], emotions: ["sad", "mad"],
    summary: "Saying \"not yet\" kindly keeps the door open. It tells your partner the relationship matters even while you need space.",
    steps: [
      "\"I want to talk about this, and I'm not ready yet.\"",
      "\"It's not a punishment. I need some time to understand my own feelings first.\"",
      "\"Can we come back to it this evening?\"",
    ],
  },
  {
    id: "repair-the-same-argument", kind: "repair_script", title: "When the same argument keeps coming back", minutes: 10, depth: "deep", for: "two", topics: ["conflict", "values"], emotions: ["mad", "sad"],
    summary: "Recurring arguments usually sit on deeper hopes or values. Look for the dream inside each position instead of a winner.",
    steps: [
      "\"We keep ending up in this same argument. Can we try to understand it rather than settle it tonight?\"",
      "Each in turn: \"What does this matter so much to me? What's the hope or fear underneath?\"",
      "The listener asks: \"Is there a story from your life behind this?\"",
      "Reflect the other's dream back until they feel understood.",
      "Close with: \"What's one small thing we could both live with for now?\"",
    ],
  },
  {
    id: "repair-hurtful-words", kind: "repair_script", title: "When I said something hurtful in anger", minutes: 6, depth: "deep", for: "one", topics: ["repair", "trust"], emotions: ["mad", "sad"],
    summary: "Words said in anger can stay with someone for a long time. Take them back clearly and own the impact.",
    steps: [
      "\"When I said ___, that was hurtful, and it's not what I believe about you.\"",
      "\"I was angry, and I chose words to wound. That's on me.\"",
      "\"How has it been sitting with you?\"",
      "Listen fully. Then: \"I'm sorry. I want you to feel safe with me, even when we disagree.\"",
    ],
  },
  {
    id: "repair-in-front-of-others", kind: "repair_script", title: "When I embarrassed you in front of others", minutes: 5, depth: "medium", for: "one", topics: ["repair", "friends"], emotions: ["sad", "mad"],
    summary: "Being teased or corrected in company can sting for days. A private repair shows you're on their side.",
    steps: [
      "\"At dinner, when I said ___, I think I embarrassed you.\"",
      "\"I can see how that would feel like I wasn't on your side.\"",
      "\"I'm sorry. I want people to see how much I respect you.\"",
      "Ask whether there's anything they'd like you to say or do next time.",
    ],
  },
  {
    id: "repair-not-there-for-you", kind: "repair_script", title: "When I wasn't there when you needed me", minutes: 8, depth: "deep", for: "one", topics: ["repair", "comfort"], emotions: ["sad", "fear"],
    summary: "Missing a moment of need can touch old feelings of being alone. Acknowledge the loneliness before anything else.",
    steps: [
      "\"When you were going through ___, I wasn't really there for you.\"",
      "\"I imagine you felt alone with it. I'd like to hear what that was like.\"",
      "Listen without explaining why you were busy or distracted.",
      "\"I'm sorry. Next time, what would being there look like for you?\"",
    ],
  },
  {
    id: "repair-joke-that-stung", kind: "repair_script", title: "When my joke stung", minutes: 3, depth: "light", for: "one", topics: ["repair", "play"], emotions: ["sad"],
    summary: "A joke about something your partner cares about can feel dismissive, even if you meant it lightly.",
    steps: [
      "\"I made a joke about ___ earlier, and I think it stung.\"",
      "\"It's something that matters to you, and I treated it lightly.\"",
      "\"I'm sorry. Tell me more about why it matters?\"",
    ],
  },
  {
    id: "repair-tense-messages", kind: "repair_script", title: "After a tense exchange of messages", minutes: 4, depth: "light", for: "two", topics: ["repair", "everyday"], emotions: ["mad", "fear"],
    summary: "Text strips out tone and warmth. Move the conversation to a voice or a face before it gets worse.",
    steps: [
      "\"I think this is getting lost in messages. Can we talk properly later?\"",
      "\"I'm not upset with you as a person. I just want to hear your voice on this.\"",
      "When you talk, start with what you each meant, then with how it landed.",
    ],
  },
  {
    id: "repair-raising-a-hurt", kind: "repair_script", title: "Raising a hurt your partner doesn't know about", minutes: 6, depth: "medium", for: "one", topics: ["repair", "feelings"], emotions: ["sad", "mad"],
    summary: "Sometimes one of you has been quietly hurt. Bringing it up gently, about the feeling and the need, makes repair possible.",
    steps: [
      "\"Something has been on my heart, and I'd like to tell you about it.\"",
      "\"When ___ happened, I felt ___.\"",
      "\"I'm not looking for blame. What I need is ___.\"",
      "\"How does it feel to hear that?\"",
    ],
  },
  {
    id: "repair-sorry-when-we-see-it-differently", kind: "repair_script", title: "Apologising when you saw it differently", minutes: 5, depth: "deep", for: "one", topics: ["repair", "listening"], emotions: ["mad", "sad"],
    summary: "You don't have to agree on the facts to care about the hurt. An empathic apology speaks to how it landed.",
    steps: [
      "\"I still see some of what happened differently, and I don't want that to get in the way.\"",
      "\"I can see how it affected you, and that matters to me more than being right.\"",
      "\"I'm sorry it hurt. I care enough to do better.\"",
      "Ask: \"Is there anything you'd like me to understand that I haven't yet?\"",
    ],
  },
];
