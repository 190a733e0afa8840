/**
 * Words for the whole-reply composer (`rewrite/compose.ts`): which of the replier's own
 * sentences it keeps (an offer, thanks for telling, a glad word, their own validation),
 * which it drops (a rhetorical defence), and how it says the share's clauses back
 * (their feeling, a fear, where a clause is cut). Data only, written by this project;
 * patterns run on lowercase text with one apostrophe unless their flags say otherwise.
 */

/** Leaving to be with them ("I'm leaving work early"): an offer alone, or before one ("…, I'll come get you"). */
const LEAVING_NOW = "i'?m (?:leaving|finishing|knocking off|clocking off) (?:work |the office |here )?(?:early|now)";

/** An offer to do something for them, as a question or a promise: "Want me to make pancit?", "I'll run you a bath". */
export const OFFER = new RegExp(
  `^(?:${LEAVING_NOW}[,;]? (?:and )?)?(?:(?:do )?(?:you )?want me to|shall i|will i|i'?ll (?:make|run|get|bring|come|pick|take|do|put|sort|cook|grab|ring|call|sit|stay|mind|ask|tell|talk to|speak to|have a word)|let me (?:make|run|get|bring|take|do|cook|grab)|(?:i'?m )?on my way|i'?m coming|coming (?:now|over|home now)|be there in|${LEAVING_NOW}\\b)\\b`,
);

/** An offer that owns a complaint ("i'll ask her to take it down"): kept even beside a grievance (coach v7.1). */
export const OWNING_OFFER = /^(?:i'?ll (?:ask|tell|talk to|speak to|have a word|sort|take|do|ring|call)|(?:i'?m )?on my way|i'?m coming)\b/;

/** Thanks for telling: always kept ("Thank you for saying it, Dec."). */
export const OWN_SIDE = /^(?:thank(?:s| you) for (?:telling|saying|sharing)|i'?m (?:so |really )?glad you told me)\b/i;

/** A glad word of theirs: an exclamation with one is a reaction, never "I'm sorry" after it (coach v9). */
export const GLAD_WORD = /\b(?:nice|lovely|great|amazing|brilliant|yay|wow|omg|congrat\w*|well done|so good|proud)\b/;

/** Rhetorical questions that carry a defence or a jab on. */
export const RHETORICAL =
  /\b(?:want me to (?:fail|just|quit|stop|give up|do everything)|what was i (?:supposed|meant)|when (?:exactly )?(?:was|am) i (?:supposed|meant)|should i have|how am i supposed|what do you want from me|what did you expect|that'?s what (?:it sounds|you'?re saying)|^tell me about it\b(?![ ,]+\w))\b/i;

/** First words of our lines and short replies that are not names (read beside `STOPWORDS`, which has "someone", "everyone"…). */
export const COMMON_START =
  /^(?:that|that's|this|it|it's|the|no|of|you|you're|your|ur|u|sat|on|being|like|another|not|oh|what|how|so|and|thank|awake|nothing|all|waiting|hearing|ouch|bad|we|we're|there|there's|sorry|such|yes|look|well|feeling|hoping|night|ah|aw|ugh|trying|coming|finding|lying|hoping|awful|terrible|horrible|best|worst|great|lovely|amazing|brilliant|good|nice|gutted|rough|hard|tough|wonderful|somebody|everybody|nobody|anybody)$/i;

/** A line of ours that says their feeling (not a plain "That sounds really hard."). */
export const NAMES_FEELING = /\b(?:no wonder|of course|makes (?:complete |so much )?sense|not surprised)\b|^feeling .+ like that\b/i;

/** Their feeling said back: "you're" / "you feel" / "you felt" / "you were", an intensifier of theirs, the feeling, what follows. */
export const ECHO_PARTS =
  /^(you(?:'re| are| feel| felt| were| was| get| got))((?: (?:so|really|very|just|soo+|proper|bloody|a bit|a little|kind of|kinda|sort of|absolutely|totally|completely|pretty|quite))*) (fed up|on edge|left out|worn out|stressed out|freaked out|\S+)(.*)$/i;

/** Fear words whose clause may carry what is feared. */
export const FEARS = /^(?:scared|terrified|frightened|afraid|petrified|worried|nervous|anxious|panicking|dreading)$/i;

/** A feared content that "of course" would confirm: the replier's act (in the echo, "I"/"me") or a verdict on the sharer. */
export const FEAR_CONFIRMED =
  /\b(?:i|i'll|i'm|i'd|i've|me|my)\b|\byou(?:'re| are|'ll be| will be| might be| may be)? (?:too|not (?:good|enough|smart|pretty|clever|attractive)|never going to|a (?:burden|failure|bad|terrible|rubbish|disappointment|fraud|joke))\b|\b(?:boring|stupid|useless|worthless|ugly|unlovable|too old|a burden|a failure|not enough|a fraud)\b/;

/** A clause that can stand as a sentence: it starts with its subject (or a question word). */
// Coach 8.3: "so" leads a clause only before its subject ("so you…"): "so far from home and in the dark" after the pity is a fragment of it.
export const HAS_SUBJECT =
  /^(?:i|i'm|im|i've|i'd|i'll|you|u|you're|ur|that|that's|thats|it|it's|its|this|we|we're|she|he|they|there|what|how|who|when|where|no|yes|so (?:i|you|u|we|it|that|this|he|she|they)\b)\b/;

/** Words of their own that already meet a hard share, in a kept sentence the move model passed over ("that must've been so hard to see"). */
// Coach 8.3: "you must've felt/wanted…" guesses their inner state, and "that's sickening/grim/humiliating" judges the event on their side.
export const THEIR_MEETS =
  /\b(?:must(?:'ve| have) (?:been|felt|wanted|hated)|(?:that'?s|it'?s|that is|it is|that was|it was|how) (?:so |really |just |absolutely |such an? )?(?:sickening|heavy|grim|humiliating|infuriating|devastating|exhausting|lonely|cruel|mean|wrong|hurtful|painful|the worst|a nightmare|a blow|a kick in the teeth)|brilliant|amazing|incredible|paid off|so good|sounds?|hard|awful|horrible|horrid|scary|sorry|rough|tough|brutal|gutting|heartbreaking|unfair|not fair|stung|stings|knocked you|disgusting|so big|that'?s big|took guts|proud)\b/;

/** A clause cut off mid-phrase ("I said you should be over it by"): never said back. */
export const OPEN_END = /\b(?:by|to|of|for|with|the|a|an|at|in|on|my|your|and|but|or|so|that|about|from|because|when|if|just)$/i;

/** Where a clause said back is cut to its first part: "you've been on your laptop every night | when I try to talk". */
export const SECOND_PART = /\s+(?:and|when|while|because|cos|even though|every time|whenever)\s+/i;

/**
 * Their own glad word in the kept text ("Aw nice."): no hard-time line of ours after it. Near
 * {@link GLAD_WORD} and {@link SHOWN_GLAD_WORD} but not the same list (no "wow", "omg", "so good",
 * "proud" here); kept apart, as written, so the rewrites do not change.
 */
export const KEPT_GLAD_WORD = /\b(?:nice|lovely|great|amazing|brilliant|yay|congrat\w*|well done)\b/;

/**
 * A glad word in what is shown of their reply, on a share not read as glad: "brilliant." can be
 * sarcasm, so nothing of ours is added after it. A third list beside {@link GLAD_WORD} and
 * {@link KEPT_GLAD_WORD} (with "wow" and "omg", without "well done"); kept apart, as written.
 */
export const SHOWN_GLAD_WORD = /\b(?:brilliant|amazing|great|nice|lovely|wow|yay|omg|congrat\w*)\b/;

/** A grumble opening their reply ("Ugh", "Oof", "Oh no"): it does not open a reply to good news, nor sits before "thanks for telling me". */
export const GRUMBLE = /^(?:ugh+|oof|god|jeez|eish|uff|argh|pole(?: sana)?|gutted|oh no|oh god|oh dear|oh man)\b/i;

/** A person, a question word or a verb of asking: a short question with one is a probe or a complaint, not the share's words said back ("Four nights?"). */
export const NOT_AN_ECHO_QUESTION =
  /\b(?:i|me|my|we|us|our|you|u|ye|your|ur|why|how|what|when|where|who|which|do|does|did|are|is|was|were|have|has|will|would|can|could|should|shall|not|no|just|even)\b/;

/** A reply that laughs: its exclamations may be the laugh, not a reaction (coach v9). */
export const LAUGHS = /\b(?:lol|lmao|ha|haha+)\b|\ud83d\ude02|\ud83e\udd23/;

/** Interjections never salvaged from a pitfall sentence: "Wow, I'm sorry that me trying…" is sarcasm. */
export const SARCASTIC_INTERJECTION = /^(?:wow|god|jeez|omg|oh my god|mate)$/i;

/** Kept words that already apologise: no apology of ours on top. */
export const APOLOGISED = /\b(?:sorry|my fault|on me|my bad|soz)\b/;

/** A filler or a bare "you" left alone by a cut ("See.", "Well.", "you." of "Poor thing, you."): no vocative, it goes. */
export const FILLER_ALONE = /^(?:see|look|listen|well|right|so|ok|okay|anyway|also|honestly|like|tbh|you|u|ya|ye|yous)[.,!]?$/i;

/** Our plain hard-time lines (`lexicon/rewrite-phrases.ts`): never after a glad word of theirs kept ("Aw nice."). */
export const OUR_HARD_LINE = /^(?:That sounds really hard|Oh, that's rough|That's a lot to deal with)\.$/;
/** Sorry in a line of ours: never after a glad word of theirs kept. */
export const OUR_SORRY_WORD = /\b(?:sorry|oh no|ugh)\b/i;

/** A one-word verdict or reply ("Humiliating.", "Brutal.", "Thanks."), not a name or endearment said alone. */
export const ONE_WORD_VERDICT = /^(?:yes|no|sorry|thanks|wow|congrats|congratulations|\p{L}+(?:ing|ed|ful|ble|ous|ly|ive))[.,]?$/iu;

/** "I got lost going to the audition" is no feeling: "no wonder you got lost" reads as blame. */
export const GOT_LOST = /\bgot (?:lost|stuck)\b/i;

/** A grievance said back that would own a feeling they fear, as fact ("Sorry, I didn't want you at my do"): a plain apology instead. */
export const FEARED_AS_FACT = /^I (?:didn'?t|don'?t|do not|did not) (?:want|love|care|like|need|fancy)\b/i;
