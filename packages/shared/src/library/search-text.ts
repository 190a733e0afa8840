// How text becomes search words, the same for the practices and for a query.

// Words that match nearly every item, or say nothing about what a couple is looking for
// ("how do I...", "she doesn't..."). Dropped unless a query has nothing else.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "about", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
  "by", "can", "cant", "could", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "feel", "feeling", "feels",
  "for", "from", "get", "gets", "got", "had", "has", "have", "he", "help", "better", "ideas", "make", "say", "saying", "thing", "things", "tips", "way", "ways", "her", "him", "his", "how", "i", "if", "im",
  "in", "into", "is", "isnt", "it", "its", "ive", "just", "keep", "keeps", "me", "more", "my", "no",
  "not", "of", "on", "or", "our", "ours", "really", "she", "so", "some", "that", "the", "their", "them", "then",
  "there", "they", "this", "to", "too", "up", "us", "very", "want", "was", "we", "were", "what", "when", "why",
  "with", "wont", "would", "you", "your", "youre",
]);

// Phrases that mean something their words do not, read as one word before splitting.
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bmake (it )?up\b/g, "reconcile"],
  [/\bgrow(ing)? up\b|\bgrew up\b/g, "childhood"],
  [/\bthank you\b/g, "thanks"],
  [/\bfed up\b/g, "frustrated"],
  [/\bcalm down\b/g, "calm"],
  [/\bdate nights?\b/g, "date"],
  [/\bcheck[ -]in\b/g, "checkin"],
];

/**
 * Lower-case words of a text. Apostrophes go ("she's" -> "she", "don't" -> "dont");
 * a hyphenated word counts joined and in parts ("in-laws" -> "inlaws", "in", "laws").
 *
 * @example
 * words("She's jealous of my in-laws"); // ["she", "jealous", "of", "my", "inlaws", "in", "laws"]
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let cleaned = text.toLowerCase().replace(/['’]s\b/g, "").replace(/['’]/g, "");
  for (const [phrase, word] of PHRASES) cleaned = cleaned.replace(phrase, word);
  for (const chunk of cleaned.split(/[^a-z0-9-]+/)) {
    const parts = chunk.split("-").filter((p) => p.length > 0);
    if (parts.length > 1) out.push(parts.join(""));
    out.push(...parts);
  }
  return out;
}
