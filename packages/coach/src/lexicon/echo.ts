/**
 * Words for saying the sharer's own words back (`rewrite/echo.ts`): how a clause that
 * names one's feeling opens ("I'm", "I feel"), the softeners between ("so", "proper"),
 * the heavy feelings a clause may name, and the fillers a texted clause ends on ("tbh",
 * "x") that are not said back. Data only, written by this project; lowercase, one apostrophe.
 */

/** How a clause naming one's own feeling opens. */
export const ECHO_LEADS = "i'?m feeling|i am feeling|i'?m getting|i'?m|im|i am|i feel|i felt|i was|i'?ve been|ive been|i get|i got|feeling";

/** Words between the opening and the feeling ("I'm so, so scared"). */
export const ECHO_INTENSIFIERS = "so|really|already|a bit|bit|a little|proper|pretty|quite|very|totally|bloody|absolutely|completely|kind of|kinda|still|just|honestly|more|actually|genuinely|super|too|getting|starting to feel|all";

/**
 * Heavy feelings a clause may name to be said back ("no wonder you're scared you're going
 * to burn out"). Verdicts on oneself ("stupid", "a failure") are left out on purpose:
 * they are never said back as fact.
 */
export const ECHO_FEELINGS = [
  "scared", "terrified", "frightened", "afraid", "petrified", "nervous", "anxious", "worried", "panicking", "panicked", "on edge",
  "dreading", "stressed", "overwhelmed", "exhausted", "drained", "knackered", "shattered", "wrecked", "burnt out", "burned out",
  "sad", "gutted", "heartbroken", "devastated", "crushed", "lonely", "lost", "low", "down", "miserable", "numb", "empty",
  "hurt", "humiliated", "embarrassed", "mortified", "ashamed", "guilty", "jealous", "invisible", "left out", "sick about",
  "angry", "furious", "fuming", "livid", "raging", "frustrated", "fed up", "annoyed", "upset", "disappointed", "gutted",
  "finding it hard", "struggling", "not coping", "dreading", "sick to my stomach", "like crap", "like shit", "awful about",
  "terrible about", "bad about", "freaking out", "in bits", "regretting", "heartsore", "homesick", "scared stiff",
].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

/** Clauses that carry a feeling in their verb ("I miss just building stuff", "I'm sick of being the sick one"). */
export const ECHO_VERB_LEADS =
  "i (?:didn'?t|did not) know (?:whether|what|how|if)\\b|i (?:really |just |so )?(?:miss (?!you\\b|u\\b|us\\b|ya\\b)|hate (?:that|how|the way|being)\\b|can'?t stop thinking about\\b|don'?t know (?:whether|what|how(?! to (?:say|put|tell you|start|explain))|if)\\b)|don'?t know (?:whether|what to do|how to|if i)\\b|i'?m (?:so |really |just )?(?:sick|tired) of\\b|i'?m not built for\\b|i (?:just )?felt (?:really |so )?(?:small|alone|invisible|about \\w+)\\b";

/** Feelings before "that you…" in a grievance ("I'm frustrated you haven't done the sheet"). */
export const GRIEVANCE_FEELINGS = "frustrated|upset|hurt|annoyed|angry|cross|mad|sad|disappointed|gutted|fed up";

/** Fillers a texted clause ends on, dropped before it is said back. */
export const ECHO_FILLER_END = /[\s,]*(?:\b(?:x+|xx+|tbh|lol|haha+|honestly|even|again|still|anyway|rn|atm|ngl|tho|though|like|and|but|so|just|ok|okay|now|today|tonight|anyway|really|either|too|man|babe|bru|love|hun|yaar|ja|eish)\b|[^\p{L}\p{N}'£$€%&)\s]+)$/iu;

/** How good news opens, said of oneself ("got the job", "passed my test", "sales up 20%"). */
export const NEWS_OPEN =
  /^(?:(?:i|we|just|finally|i just|we just|i finally|we finally|guess what,?|omg,?)\s+)*(?:got|passed|finished|sold|won|landed|aced|smashed|nailed|made|managed|been offered|got offered|qualified|graduated|booked|hit)\b/;

/**
 * A common noun that opens a clipped share without its article ("Bank said no", "App crashed in the
 * lunch rush", "Roofer didn't show"): said back as "the bank", "the app", never with a capital
 * mid-sentence. Coach 9.2 adds the w15 judges' "App", "Roofer", "Superintendent" and their kind.
 */
export const CLIPPED_THING =
  /^(?:Bank|Council|Oven|Boiler|Washer|Car|Van|Landlord|Landlady|Hospital|School|Work|App|Website|Site|Server|Printer|Laptop|Router|Wifi|Fridge|Freezer|Dishwasher|Heating|Roof|Roofer|Plumber|Builder|Electrician|Mechanic|Contractor|Superintendent|Principal|Headteacher|Manager|Boss|Client|Customer|Supplier|Agency|Insurance|Pharmacy|Clinic|Surgery|Nursery|Daycare|Train|Bus|Flight|Ferry|Shop|Restaurant|Delivery|Parcel|Package|Neighbour|Neighbor|Recruiter|Interviewer|Examiner|Inspector|Midwife|Consultant|Specialist|Vet|Dentist|Landline)\b/;
