/**
 * Words for reading the share's specifics (`rewrite/specifics.ts`): the people, places
 * and things a share names ("my boss", "in front of the whole team", "the interview"),
 * the person swap for saying them back, and the words around a feeling that say whose it
 * is (said of oneself, denied, someone else's). Data only, written by this project;
 * lowercase, one apostrophe.
 */

/** The people a share names as "my …", said back as "your …". */
export const PEOPLE =
  "boss|manager|mum|mom|mam|mother|dad|father|sister|brother|nan|gran|grandma|grandad|grandpa|son|daughter|kid|kids|friend|best friend|mate|teacher|doctor|landlord|colleague|coworker|team lead|supervisor|aunt|uncle|cousin|in-laws|mother-in-law|father-in-law|ex|therapist|consultant|neighbour|neighbor";

/** Who was involved: "my boss" (group 1: "boss"). */
export const WHO = new RegExp(`\\bmy (${PEOPLE})\\b`, "i");

// A determiner is required: "in front of people in my life" is not a place.
export const WHERE =
  /\b(in front of (?:(?:the whole |my whole |a whole |all (?:of )?(?:my |the )?|the |my |his |her |our |your |a )[a-z' -]{0,30}?|everyone|everybody))(?=[.,!?;:\n]| and | but | so | because | in | at |$)/i;

/** The things a share is about ("the interview", "my driving test"). */
export const THINGS =
  "job interview|interview|exam|exams|driving test|test|scan|results|biopsy|appointment|meeting|presentation|review|appraisal|deadline|surgery|operation|diagnosis|promotion|offer|job|shift|funeral|birthday|wedding|assessment|audition|mortgage|bills|rent|move|flight|visa|court date|hearing|report|slides|essay|dissertation|thesis|match|game|race|recital|party";

// Only the listed nouns (with "driving"/"job" compounds listed whole): an open word before them caught "legs move".
export const THING = new RegExp(`\\b(?:my|the|our|this|that|his|her|tomorrow'?s|today'?s) ((?:big |first |new |final )?(?:${THINGS}))\\b`, "i");

/** First and second person swapped, word by word, for a specific said back. */
export const SWAP: Readonly<Record<string, string>> = { my: "your", your: "my", me: "you", i: "you", you: "me", mine: "yours", yours: "mine" };

// Said of oneself: after "I'm", "I feel", "makes me", "and" (a second feeling), or opening a sentence ("gutted tbh").
export const OF_ONESELF =
  /(?:\b(?:i'?m|im|i am|i feel|i felt|i was|i've been|ive been|feel|feeling|felt|makes me|made me|left me|and|&)\s+|(?:^|[.!?]\s*))(?:(?:so|really|a bit|bit|a little|proper|pretty|quite|very|totally|bloody|fucking|absolutely|completely|kind of|kinda|still|just|honestly)\s+)*$/;

/** {@link OF_ONESELF} without the sentence opening: a feeling word after one of these leads is theirs even with words after it. */
export const AFTER_SELF =
  /\b(?:i'?m|im|i am|i feel|i felt|i was|i've been|ive been|feel|feeling|felt|makes me|made me|left me|and|&)\s+(?:(?:so|really|a bit|bit|a little|proper|pretty|quite|very|totally|bloody|fucking|absolutely|completely|kind of|kinda|still|just|honestly)\s+)*$/;

/** What may follow a feeling word that opens a sentence for it to stand alone ("gutted tbh", "terrified."). */
export const ALONE = /^\s*(?:$|[.!?,\u2026]|tbh\b|honestly\b|and\b|but\b|today\b|tonight\b|now\b|af\b|lol\b|x\b)/;

// "not worried", "she thought I was disappointed": a denied or someone else's reading is not their feeling.
export const DENIED =
  /\b(?:not|never|no longer|isn'?t|wasn'?t|ain'?t)\s+(?:\w+\s+)?$|\b(?:thought|thinks|think|said|says|assumed|assumes|reckons?) (?:that )?(?:i|you|he|she) (?:was|were|am|'?m|is)\s+(?:\w+\s+)?$/;

/**
 * Something or someone else looked or seemed so ("my dahlias looked tired"), not "I look awful"; nor
 * what someone said they look like ("Ammi said I look tired": her verdict, not their feeling).
 */
export const LOOKED =
  /(?:\b(?!i\b)[a-z']+|\b(?:said|says|told me|thinks|reckons|keeps saying)(?: that)? i) (?:looked|looks|look|seemed|seems|seem|sounded|sounds)(?: (?:so|really|very|a bit|a little|quite|pretty))*\s+$/;

/** A feeling word said of someone else: "he's", "she was", "Callum's been", "they're so". */
export const SOMEONE_ELSE =
  /\b(?:he|she|they|[a-z]{3,}(?<!\bthat|\bwhat|\bthere|\bhere|\bwhich))(?:'s|'re| is| was| are| were)(?: been)?\s+(?:(?:so|really|very|totally|just|a bit|proper)\s+)*$/;

/** "Loved" is their feeling only when they feel it ("i love her but…" names love for someone, coach v7.1). */
export const FEEL_LOVED = /\b(?:feel|felt|feeling) (?:so |really |very )?loved\b/;

/**
 * Before a feeling word that is followed by "my"/"our": the sharer's own feeling ("I'm worried my
 * mum…", "so scared our…"). Without it the word is what someone did to their things ("Panel
 * rejected my proposal"), and "no wonder you're rejected" would agree with the panel.
 */
export const OWN_BEFORE_POSSESSIVE = /\b(?:i'?m|im|i am|i was|i feel|i felt|i get|i've been|ive been|feel|feeling|felt|so|really|very|bit|proper|just)\s+$/;
