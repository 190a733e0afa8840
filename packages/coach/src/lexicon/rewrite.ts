/**
 * Data for the whole-reply rewrite: how to peel the advice out of a "fixing" sentence
 * so it can be offered later in the replier's own words, and the connective words
 * left dangling when a pitfall clause is cut out.
 */
import { OPENER, rx } from "./fragments.ts";

/** The lead-in of a piece of advice; what follows it is the action ("talk to HR"). */
export const ADVICE_LEAD = rx(
  `^${OPENER}(?:(?:maybe|perhaps|just|honestly|seriously|definitely|then|first|so|please|pls|now|next time,?|tomorrow,?|tonight,?|if i (?:were|was) you,?|i think|i reckon)\\s+)*`,
  "(?:(?:you|u|ya) (?:really |definitely |just |probably |seriously |honestly )?(?:should|shud|ought to|oughta|need to|needa|have to|gotta|must|could|might want to|may want to|'?d better|'?d best|can always|can just|can try)\\s+(?:just |try (?:to )?|always |definitely |really )?",
  "|why (?:don'?t|dont) (?:you|u|ya|we) (?:just )?|why not (?:just )?|let'?s (?:just )?",
  "|have (?:you|u) (?:tried|thought about|thought of|considered|looked into)\\s+",
  "|did (?:you|u) (?:try|think about|consider)\\s+",
  "|(?:maybe |perhaps )?(?:you could |could |might )?try (?:to )?",
  "|(?:it )?(?:might|may|could|would|will) (?:help|be (?:good|worth|a good idea|better|best|smart|wise)) (?:to|if you)\\s+",
  "|(?:the best thing|what you need|all you need|the trick|the answer|the key)(?: to do)? (?:is|would be)(?: to)?\\s+",
  "|i'?d (?:just |definitely |probably |honestly )?|i would (?:just )?",
  "|i (?:suggest|recommend)(?: that)?(?: you)?\\s+|my (?:advice|suggestion|tip) (?:is|would be)(?: to)?\\s+",
  "|how about (?:you )?|what if (?:you|u) (?:just )?|make sure (?:you |u )?(?:to )?|(?:it'?s|its) time (?:to |you )|best (?:to |bet is to )|you'?re better off\\s+",
  ")?",
);

/** Lead-ins followed by a thing rather than a verb ("have you tried earplugs"): "whether earplugs would help". */
export const OBJECT_LEAD = /(?:tried|considered|thought about|thought of|looked into|contemplated|\btry|need is|thing is|answer is|trick is|key is|what about|how about)\s*$/;

/** Where the action of a piece of advice ends ("text her and apologise, problem solved"). */
export const ACTION_END = /\s*(?:[,;:!?.\u2014\u2013(]|\s-\s|\s(?:then|so|because|cos|cause|tbh|honestly|seriously|lol|haha|mate|babe|hun|love|though|anyway|instead|or something)\b)/;

/** Longest action kept for the deferred offer; longer advice is offered in general terms. */
export const MAX_ACTION = 70;

/** Words left dangling at the edge of a sentence when a pitfall clause is cut out. */
export const DANGLING = /^(?:[\s,;:\-\u2014\u2013.!?]|but|and|so|also|though|anyway|honestly|just|like|because|cos|i mean)+\b|[\s,;:\-\u2014\u2013]+(?:but|and|so|because|cos|though)?[\s,;:\-\u2014\u2013]*$/gi;

/** Longest advice, in words, the rewrite offers back. */
export const MAX_ACTION_WORDS = 7;
/** Advice cut off mid-phrase ("…mute it just", "…ask the"): not offered. */
export const ACTION_OPEN_END = /\b(?:just|the|a|an|to|of|for|with|my|your|his|her|at|in|on|some|any)$/i;
/** Advice that cannot be said back cleanly, dismisses ("let it roll off your back") or strings steps together. */
export const ACTION_UNSAYABLE = /\b(?:ugh|oh|omg|aw+|babe|hun|mate|you|u|yourself|can'?t|don'?t|won'?t|yeah|lol|tbh|though|together|me|but|poor|baby|because|cos|and|then|let it|let (?:her|him|them) (?:have|be|do)|ignore|forget|relax|harder|more careful|be careful|calm|chill|stop|get over|move on|toughen|man up)\b|[?!\d]/i;
