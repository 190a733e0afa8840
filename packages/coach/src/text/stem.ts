/**
 * The coach's one stemmer: the partner-note words (`notes/`) and Level Two's reply words
 * (`rules/level-two.ts`) are compared through it, so a note's "moving" meets a reply's "moved"
 * the same way in both.
 */
import { IRREGULAR } from "../lexicon/stem.ts";

const isVowel = (ch: string) => "aeiou".includes(ch);

/**
 * A crude English stem: enough for "friends" = "friend", "moving" = "move" = "moved",
 * "worried" = "worry", "criticised" = "criticise". Not a dictionary form; only used to
 * compare words with each other.
 *
 * @example
 * stem("running") // "run"
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  // a final silent "e" goes, so "move" and "moved" (→ "mov") meet
  if (w.endsWith("e") && w.length > 3 && !isVowel(w[w.length - 2] ?? "")) w = w.slice(0, -1);
  // British doubling: "cancelling" and "cancel" meet, as do "called" and "call"
  if (w.endsWith("ll") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const a = w[w.length - 1];
  if (w.length > 3 && a === w[w.length - 2] && a !== undefined && !"lsz".includes(a) && !isVowel(a)) return w.slice(0, -1);
  return w;
}
