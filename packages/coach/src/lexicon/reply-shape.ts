/**
 * Word classes the learned reply model reads as sentence shape (`model/features.ts`):
 * who a sentence is about, where it turns, and what kind of question it asks. Classes
 * rather than words, so a writer's own wording ("ur", "ye", "mind you") still lands on a
 * feature the model has weighed.
 */

/** The replier speaking of themselves. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  "i", "i'm", "im", "me", "my", "mine", "myself", "i've", "ive", "i'd", "i'll", "meself",
]);

/** The replier speaking to the sharer. */
export const SECOND_PERSON: ReadonlySet<string> = new Set([
  "you", "u", "your", "ur", "you're", "youre", "yours", "yourself", "ya", "ye", "yous", "you've", "youve", "you'd", "you'll", "y'all", "yall",
]);

/** Both of them together. */
export const WE_WORDS: ReadonlySet<string> = new Set(["we", "us", "our", "we're", "we've", "we'll", "ours", "ourselves"]);

/** Where a sentence turns: what follows often takes back what came before ("so proud of you. Mind, …"). */
export const TURN_WORDS: ReadonlySet<string> = new Set(["but", "though", "tho", "however", "although", "mind", "anyway", "still", "except", "only"]);

/** Question openers that invite a story ("what", "how"…), as opposed to a yes or no. */
export const OPEN_QUESTION: ReadonlySet<string> = new Set(["what", "how", "what's", "whats", "how's", "hows", "where", "when", "who", "which", "wot"]);

/** Question openers that ask for a yes or no ("did you…", "have you tried…", "are you…"). */
export const CLOSED_QUESTION: ReadonlySet<string> = new Set([
  "do", "did", "does", "have", "has", "had", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall",
  "didn't", "didnt", "don't", "dont", "haven't", "havent", "isn't", "isnt", "aren't", "arent", "won't", "wont", "wouldn't", "wouldnt", "couldn't", "couldnt",
  "u", "you", "ya", "d'you", "dyou", "shouldn't", "shouldnt", "any", "anything", "so", "or",
]);

/** Question openers that put the sharer on trial. */
export const WHY_QUESTION: ReadonlySet<string> = new Set(["why", "whyd", "why'd", "how come", "howcome"]);
