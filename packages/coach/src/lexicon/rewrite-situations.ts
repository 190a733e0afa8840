/**
 * Coach v6: lines for the situations couples most often bring, said in the share's own
 * words where a word can be lifted ("Ron's anniversary", "the warehouse", "for an hour").
 * They stand in for a plain "That sounds really hard." when the reply was all pitfall
 * and the share names no feeling: a blind judge graded that plain line "generic" 41 times
 * in 173. Data only, written by this project; every line reads as one partner to the
 * other, names no feeling the share did not imply, and offers no lesson.
 *
 * `re` runs on the share, lowercased with one apostrophe (flag `d`: the groups are then
 * taken from the share's own text, so names keep their capitals); `{1}`, `{2}` are its
 * groups said back (first person turned to second). A line whose group is missing (or
 * only "he"/"she") is skipped; `{1?}` may be empty.
 */
export interface Situation {
  /** a short name for the docs and tests */
  id: string;
  re: RegExp;
  lines: readonly string[];
  /** a group that is a common noun ("Warehouse closing"): said back lowercase, with "the" when it has no determiner */
  noun?: number;
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: "negative-again",
    re: /^(?:it'?s |test'?s |another )?negative\b|\bnegative (?:again|test)\b|\b(?:another|third|second) negative\b/d,
    lines: ["Another negative. Oh love, I'm so sorry.", "Not again. I'm so sorry — I know how much you were hoping this time."],
  },
  {
    id: "anniversary",
    re: /\b(\p{L}+)'s (?:death )?anniversary\b/du,
    lines: ["{1}'s anniversary. I know how heavy this day is — I'm here.", "Oh love, {1}'s anniversary. Of course it's with you today."],
  },
  {
    id: "closing",
    re: /(?:^|[.!?]\s+|\b(?:the|my|our)\s+)(?!till\b|work\b|late\b|early\b|shop\b)(\p{L}+)(?:(?:'s| is| are) (?:closing|shutting)(?: down)?| closing(?= down|[.!,]|$| end | in | for | after | next ))/du,
    lines: ["{1} closing — I'm so sorry, love. That's a huge thing to lose.", "{1} closing, after everything you've put into it. I'm so sorry."],
    noun: 1,
  },
  {
    id: "sat-alone",
    re: /\bsat (?:on my own|alone|by myself)\b(?:[^.!?]{0,30}?( for (?:an|a|the whole|over an|two|three|\d+) (?:hours?|evenings?|nights?|mornings?|afternoons?)\b))?/d,
    lines: ["Sat on your own {1?}? That's such a lonely feeling, love.", "On your own {1?} in a room full of people — that's horrible."],
  },
  {
    id: "talked-over",
    re: /\b(?:spoke|talked|talks|speaks|spoken|talking) over me\b|\blike i'?m not (?:even )?there\b/d,
    lines: ["Being talked over like you're not even there — that's awful.", "Like you're not even in the room. That would get under anyone's skin."],
  },
  {
    id: "unseen",
    re: /\bnobody (?:[^.!?]{0,24} )?(?:even )?(?:looks at|talks to|speaks to|notices|asks) me\b|\bi'?m (?:just )?(?:the )?(?:one who holds the coat|the coat holder|invisible)\b/d,
    lines: ["Like you're invisible in there. That's such a lonely place to be.", "It hurts to feel you don't count in all of it. You do, to me."],
  },
  {
    id: "said-about-me",
    re: /(?<!\b(?:one|a|the|some|another|his|her|their) )\b(mam|mum|mom|mama|mother|dad|da|tata|papa|father|nan|gran|my (?:mother|father|sister|brother|boss|manager|mum|mam|dad)|your (?:mother|mum|mam|mom|son|daughter|sister|brother|dad|father)) (?:said|says|told me|thinks) (?:that )?(?:i'?m|i am|i was) ([\p{L}' ]{3,32}?)(?: again)?(?=[.!?,]|$| in front| to my| because)/du,
    lines: ["Ouch. Hearing you're {2} from {1} — that would sting anyone.", "That stings, love — {1} saying you're {2}."],
  },
  {
    id: "cant-again",
    re: /\bi can'?t do (?:this|it) (?:again|anymore|any more)\b/d,
    lines: ["Of course it feels like too much to go through again.", "You don't have to decide anything tonight. It's so much to keep going through."],
  },
  {
    id: "nothing-new",
    re: /\bnothing new\b|\bno (?:answers|news) (?:yet|again)\b/d,
    lines: ["Nothing new, when you were hoping for an answer — that's so hard.", "All that waiting and still no answer. That's exhausting."],
  },
  {
    id: "more-tests",
    re: /\b(?:more tests|back in for (?:more )?tests|bloods (?:tomorrow|on \p{L}+day)|results? (?:out |due )?(?:tomorrow|on \p{L}+day))\b/du,
    lines: ["The waiting is the worst part. I'm right here with you through it.", "Waiting on that is so hard. I'm with you, whatever it says."],
  },
  {
    id: "broken-again",
    re: /\b((?:the |my |our )?\p{L}+)(?:'s| is| has)? (?:broken|broke|gone|packed in|died|playing up)(?: down)? again\b/du,
    lines: ["{1} again? That's so frustrating.", "Not {1} again. That's maddening."],
    noun: 1,
  },
  {
    id: "burden",
    re: /\b(?:a|such a|being a) burden\b/d,
    lines: ["Oh love, you're not a burden. Not to me — I'd rather be doing this with you than anything.", "You could never be a burden to me. I mean that."],
  },
  {
    id: "bad-parent",
    // Coach 9.2: only a verdict the sharer gives on themselves ("I'm such a bad mum", "feel like a rubbish dad"), never one
    // about someone else ("like he was worried he'd been a bad father" is their dad's worry: no "you're a great father").
    re: /\b(?:i'?m|im|i am|i was|i'?ve been|feel(?:ing)? like(?: i'?m)?|am i|being) (?:(?:such|really|a|an|the|just|so) )*(rubbish|bad|terrible|crap|shit|awful|useless|failing) (mum|mom|mam|dad|parent|mother|father)\b/d,
    lines: ["You're not a {1} {2}. You're a tired one, and a really good one.", "Hard days don't make you a {1} {2}. You're a great {2}."],
  },
  {
    id: "cant-sleep-pain",
    re: /\b(?:can'?t sleep|awake since (\d{1,2}(?:am)?)|been awake (?:since|all night)|lying here since (\d{1,2}(?:am)?))\b(?=[\s\S]{0,80}\b(?:pain|sore|aches?|aching|hurts)\b)|\b(?:pain|sore|aches?|aching|hurts)\b(?=[\s\S]{0,80}\b(?:can'?t sleep|awake since|been awake|lying here since)\b)/d,
    lines: ["Awake since {1} and sore — that's miserable, love.", "No sleep and in pain. That's miserable, love."],
  },
  {
    id: "cant-sleep",
    re: /\bcan'?t sleep\b|\bbeen awake (?:since|all night)\b/d,
    lines: ["No sleep on top of everything. That's so hard, love.", "Lying awake with it all — that's such a long night."],
  },
  {
    id: "hopes",
    re: /\b(?:trying not to (?:get my hopes up|hope)|not (?:to )?get my hopes up|hoping anyway)\b/d,
    lines: ["Trying not to hope is exhausting. I'm hoping right alongside you.", "Of course you're guarding your hopes — that takes so much out of you."],
  },
  {
    id: "wont-come",
    re: /\b(tata|papa|mama|dad|mum|mam|mom|my (?:father|mother|dad|mum|mam|mom|brother|sister)|\p{L}+) (?:says?|said) (?:again )?(?:he|she|they)(?:'s| is| are|'re)? (?:won'?t|will not|is not|isn'?t|not) (?:come|coming)(?: to)?(?: the| our| my)? (wedding|party|christening|birthday|funeral|graduation)\b/du,
    lines: ["{1} not coming to the {2} — oh love, I'm so sorry.", "That's so painful — {1} not coming to the {2}."],
  },
  {
    id: "found-theirs",
    re: /\bfound ((?:\p{L}+'s|his|her|mum's|mam's|dad's) (?:writing|handwriting|letters?|note|card|jumper|coat|photos?|glasses)(?: in (?:the |my |his |her |a )?(?:back of the )?[\p{L}']+(?: [\p{L}']+)?(?=\s*(?:[.!?,]|and\b|today\b|$)))?)/du,
    lines: ["Oh love. {1} — of course that stopped you in your tracks.", "Coming across {1} — that would take the legs from anyone."],
  },
  {
    id: "sent-home",
    re: /\b(\p{L}+) (?:got |was )?sent home\b/du,
    lines: ["{1} sent home, and you're the one left picking up the pieces. That's so much, love."],
  },
  {
    id: "looked-at-me",
    re: /\blooked at me (?:like|as if|as though)\b/d,
    lines: ["Being looked at like that is horrible. It would get to anyone.", "That look would hurt anyone. I'm sorry, love."],
  },
  {
    id: "go-back",
    re: /\bgo back to (?:your|ur) (?:own )?country\b/d,
    lines: ["That's vile. Nobody should ever say that to you.", "That's disgusting, and it's not on you that you froze. I'm so sorry."],
  },
  {
    id: "in-front-of",
    re: /\b(?:had a go at me|shouted at me|told me off|corrected me|laughed at me|mocked me|talked down to me|snapped at me|asked me [^.!?]{3,40}?)\s+(in front of (?:the whole |my whole |all (?:of )?|the |my |his |her |your |our )?[\p{L}' ]{2,24}?)(?=[.!?,]|$| for | because | and )/du,
    lines: ["{1}? That's not on, love.", "And {1}, of all places. That would sting anyone."],
  },
  {
    id: "feel-like",
    re: /\bi (?:feel|felt) like ((?:i'?m |im |i am )?(?:a (?:fraud|failure|burden|bad|terrible|rubbish|useless|quitter|loser|joke|mess)|failing|losing|not even|such a|the worst|invisible|nothing)(?:(?!\s(?:even|when|because|cos|but|and|since)\b)[^.!?,]){0,36})/du,
    lines: ["Feeling like {1} — that's such a heavy thing to carry, love.", "Oh love. Feeling like {1} is such a lonely place to be."],
  },
  {
    id: "on-hold",
    re: /\bon hold\b[^.!?]{0,30}?\bfor ((?:\d+|an|two|three|forty|45) (?:mins?|minutes|hours?))\b/d,
    lines: ["{1} on hold? I'd be climbing the walls too.", "{1} of your day on hold — that's maddening."],
  },
  {
    id: "cancelled-again",
    re: /\b(?:cancelled|canceled) again\b|\bagain,? (?:cancelled|canceled)\b/d,
    lines: ["Cancelled again? That's so maddening.", "Again? Ugh, that's maddening."],
  },
  {
    id: "costs-up",
    re: /\b(rent|daycare|nursery|childcare|the bills?|the mortgage|insurance)\b[^.!?]{0,24}\b(?:going up|raising|rising|up by|up \$|up £|goes up)/du,
    lines: ["More money out for {1} — that's a real worry, love.", "{1} going up on top of everything. No wonder it's on your mind."],
  },
  {
    id: "comparing",
    re: /\bcomparing myself\b|\b(?:they|everyone(?: else)?) (?:all )?(?:has|have|got) (?:it|their (?:stuff|shit|lives)) together\b/d,
    lines: ["Everyone looks like they've got it together from the outside. You're doing so much better than you think.", "From the outside everyone looks sorted. I see how hard you try."],
  },
  {
    id: "more-time-apart",
    re: /\b(\d+|two|three|four|five|six|eight|nine|ten) more (weeks|months|days)\b/du,
    lines: ["{1} more {2}. That's such a long time, love.", "Another {1} {2} — that's so long."],
  },
  {
    id: "slur",
    re: /\bwrote ["\u201c]?[\p{L}*]+["\u201d]? on (?:our|my|the) \p{L}+|\bcalled (?:me|us) (?:a |an )?["\u201c]?(?:dyke|f[a*]g|paki|tranny|slag)/du,
    lines: ["That's vile, and it's aimed at us. I'm so sorry you had to see it.", "That's disgusting. I'm so sorry, love — you shouldn't have to look at that."],
  },
  {
    id: "sat-in-the-car",
    re: /\bsat in (?:the|my) (?:car|van|truck)\b(?=[\s\S]{0,80}\b(?:cried|crying|couldn'?t|before i could|can'?t face))|\b(?:can'?t|couldn'?t) face\b[\s\S]{0,40}\bsat in (?:the|my) (?:car|van|truck)\b|\bsat in (?:the|my) (?:car|van|truck)(?: \p{L}+){0,6} (?:and|just) cried\b/du,
    lines: ["Oh love, sitting out there on your own with it. That sounds like a really heavy day.", "Needing to sit out there a while before you could face it — oh love."],
  },
];
