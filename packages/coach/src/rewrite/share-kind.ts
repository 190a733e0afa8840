/**
 * What the sharer brought, as the rewrite has to meet it. One kind per share, the first
 * that fits in this order: a loss, a complaint about the replier, an apology or thanks
 * to them, a bid for closeness, good news or a lovely moment, a wish, a worry about
 * what is coming, a light gripe, a hard time.
 * Word lists: `lexicon/share-kind.ts`, `lexicon/rewrite.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import {
  GLAD_FEELINGS,
  SHARE_ACHIEVEMENT,
  SHARE_ADMITS,
  SHARE_AHEAD,
  ANNOUNCE_NOT_GLAD,
  SHARE_ANNOUNCE,
  SHARE_AT_YOU,
  SHARE_BAD_TURN,
  SHARE_GLAD_CUE,
  SHARE_CONFESS,
  SHARE_HAPPY_NEWS,
  SHARE_BID_LOVE,
  SHARE_BID_MISS,
  SHARE_BID_NEAR,
  SHARE_BID_PROUD,
  SHARE_LIGHT,
  SHARE_MOMENT,
  SHARE_SELF_BLAME,
  SHARE_SELF_BLAME_MORE,
  SHARE_SORRY,
  SHARE_THANKS,
  SHARE_UNWELL,
  SHARE_WISH,
  SORRY_FOR_MESSAGE,
  THANKS_DENIED,
  SHARE_ABOUT_SELF,
  SHARE_SELF_VERDICT,
  SHARE_GUILT_WORD,
  SHARE_FLAT,
  SHARE_FEAR_WORD,
} from "../lexicon/share-kind.ts";
import { REWRITE_BAD_NEWS, REWRITE_GLAD_MOMENT, REWRITE_GOOD_NEWS, REWRITE_WIN } from "../lexicon/rewrite.ts";
import { feelingClause, grievanceClause } from "./echo.ts";
import { GRIEF } from "../lexicon/rewrite-phrases.ts";
import type { ShareReading } from "../share.ts";

export { GLAD_FEELINGS };

export type ShareKind =
  | "loss"
  | "complaint"
  | "apology"
  | "thanks"
  | "bid-miss"
  | "bid-love"
  | "bid-proud"
  | "bid-near"
  | "achievement"
  | "good-news"
  | "moment"
  | "wish"
  | "self-blame"
  | "worry"
  | "light"
  | "hard"
  /** coach v9: the mood is unsure or both ways: neither celebrate nor console (`mood.ts`) */
  | "plain"
  /** coach v9: relief after a scare ("Baby's okay. I can't stop shaking.") */
  | "relief"
  /** coach v9: nerves before a big step ("Third round with the CTO. Freaking out."): both the big step and the nerves */
  | "nerves";

/** Longest share prefix the kind patterns read. */
const MAX = 2000;

/**
 * @example
 * shareKindOf("I miss you. Like I miss you even though you're in the next room.", reading) // "bid-miss"
 * shareKindOf("so nervous for my first lecture i could cry", reading)                    // "worry"
 */
export function shareKindOf(share: string, reading: ShareReading, feelings: readonly string[] = []): ShareKind {
  const norm = share
    .slice(0, MAX)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  if (GRIEF.test(norm) || reading.hardNews) return "loss";
  if (SHARE_BID_LOVE.test(norm)) return "bid-love";
  if (SHARE_BID_PROUD.test(norm)) return "bid-proud";
  if (SHARE_THANKS.test(norm) && !THANKS_DENIED.test(norm)) return "thanks";
  // "Sorry for the essay" is about the message, not an apology owed to the replier (coach v7.1).
  const sorryNorm = norm.replace(SORRY_FOR_MESSAGE, " ");
  const said = SHARE_SORRY.test(sorryNorm) && !/\bsorry,? but\b/.test(sorryNorm);
  // Named feelings outrank the emotion model: "I'm livid" is not a lovely moment, "i'm buzzing" is one.
  // A heavy feeling anywhere counts ("I am happy. But I'm frightened…"), not only the first two joined.
  const heavyNamed = feelings.some((f) => !GLAD_FEELINGS.has(f)) || feelingClause(share) !== null;
  const gladNamed = feelings.length > 0 && !heavyNamed;
  // The general complaint cue ("you were…") needs a heavy share: "while you were in class" is not a grievance.
  // A share that opens on what the replier did ("You talk to your mom about our fights") is one.
  // …unless the share names its own fear or hurt about it ("we've argued 4 times. i'm scared we've forgotten how"): that is met first.
  // "I feel like I'm in the way… when you come home" is a feeling about oneself, not a grievance (coach v7.1).
  // Coach 9.2: so is "I feel like a burden. You cook, you clean…": what the replier does is the sharer's worry, not a grievance.
  const admits = SHARE_ADMITS.test(norm);
  const aboutSelf = SHARE_ABOUT_SELF.test(norm) || admits;
  const owned = !gladNamed && !aboutSelf && grievanceClause(share) !== null && feelingClause(share) === null;
  // A glad share that names the replier ("you laughed at my joke") is no grievance.
  const grievance =
    (SHARE_AT_YOU.test(norm) && !gladNamed) ||
    owned ||
    (!aboutSelf && reading.complaint && (reading.emotions.includes("mad") || reading.emotions.includes("sad") || reading.weight >= 0.4));
  // "I think I'm a bad partner. You're sick and I keep forgetting…": a verdict on oneself first is self-blame, not a grievance.
  const selfFirst = SHARE_SELF_VERDICT.test(norm);
  if (grievance && !said && !selfFirst && !admits) return "complaint";
  // Coach 9.2: "You were right about the roofer. Should've listened.": the sharer owns a fault; no apology from the replier.
  if (admits && !said) return "self-blame";
  // The share is said to the replier: "sorry I was grumpy at the walk" is an apology to them.
  const sorry = said || SHARE_CONFESS.test(sorryNorm);
  if (said || (sorry && /\b(?:you|u|your)\b/.test(norm))) return "apology";
  if (SHARE_BID_MISS.test(norm)) return "bid-miss";
  if (SHARE_BID_NEAR.test(norm)) return "bid-near";
  const guilt = (SHARE_SELF_BLAME.test(norm) && !(SHARE_UNWELL.test(norm) && !SHARE_GUILT_WORD.test(norm))) || SHARE_SELF_BLAME_MORE.test(norm);
  if (guilt || sorry) return "self-blame";
  const heavy = heavyNamed || reading.emotions.some((e) => e !== "glad");
  // The emotion model and the good-news cues alone are not enough ("first time on the motorway" after a stroke).
  // "happy 4 years i guess", "merry christmas me 🙃": glad words said flat are not good news.
  const flat = SHARE_FLAT.test(norm);
  // Bad news told with a kind word in it ("the woman was lovely about it, which made it worse") is not good news,
  // and the emotion model alone never makes a share good news without a glad cue in its words.
  const badTurn = (SHARE_BAD_TURN.test(norm) || REWRITE_BAD_NEWS.test(norm)) && !SHARE_HAPPY_NEWS.test(norm);
  // An offer, an approval, praise, a good day, an interview coming: good news the cues above miss (coach v6).
  const plainGood = (REWRITE_GOOD_NEWS.test(norm) || REWRITE_WIN.test(norm)) && !heavyNamed && !badTurn && !flat;
  const plainMoment = REWRITE_GLAD_MOMENT.test(norm) && !heavyNamed && !badTurn && !flat;
  const cue = SHARE_GLAD_CUE.test(norm);
  const glad =
    !heavyNamed &&
    !flat &&
    !badTurn &&
    (gladNamed ||
      SHARE_HAPPY_NEWS.test(norm) ||
      SHARE_ACHIEVEMENT.test(norm) ||
      (SHARE_MOMENT.test(norm) && !reading.hardNews && reading.weight < 0.6) ||
      (cue && reading.goodNews && !heavy && reading.weight < 0.4) ||
      (cue && !heavy && reading.scores.glad >= 0.7 && reading.weight < 0.25) ||
      (cue && !heavy && !reading.hardNews && reading.emotions[0] === "glad"));
  // An exclaimed opening with nothing heavy in the share is news to be glad of (coach v7.1).
  const announced =
    SHARE_ANNOUNCE.test(norm) &&
    !heavyNamed &&
    !flat &&
    !badTurn &&
    !reading.hardNews &&
    !ANNOUNCE_NOT_GLAD.test(norm.split(/(?<=[.!?])\s/)[0] ?? "") &&
    !/\b(?:you|u|your)\b/.test(norm.split(/(?<=[.!?])\s/)[0] ?? "") &&
    !reading.emotions.includes("mad") &&
    !reading.emotions.includes("fear");
  if (SHARE_WISH.test(norm) && !heavyNamed && reading.weight < 0.8) return "wish";
  if (glad) return SHARE_ACHIEVEMENT.test(norm) ? "achievement" : "moment";
  if (announced) return SHARE_ACHIEVEMENT.test(norm) ? "achievement" : "good-news";
  if (plainGood) return /\bgood day\b/.test(norm) ? "moment" : "good-news";
  if (plainMoment) return "moment";
  if (SHARE_AHEAD.test(norm) && (heavy || reading.emotions.includes("fear") || SHARE_FEAR_WORD.test(norm))) return "worry";
  if (SHARE_LIGHT.test(norm) && reading.weight < 0.6 && !reading.hardNews) return "light";
  return "hard";
}
