/**
 * Stage 1 of note relevance: split a text into words that remember their case and
 * whether they start a sentence (to tell names from ordinary words), and reduce words
 * to a crude stem so "moved", "moving" and "move" meet. No regular expression runs on
 * unbounded input with backtracking; time is linear in the text's length.
 */

export interface Word {
  /** lowercase, apostrophes removed, possessive "'s" dropped: "Dana's" → "dana", "didn't" → "didnt" */
  norm: string;
  /** true when the original began with a capital letter */
  capital: boolean;
  /** true when the word opens a sentence (capital letters there say nothing about names) */
  initial: boolean;
}

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase() || (ch >= "0" && ch <= "9");
const isApostrophe = (ch: string) => ch === "'" || ch === "\u2019" || ch === "\u2018";
const endsSentence = (ch: string) => ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === ";" || ch === ":";

/** Words of a text, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let current = "";
  let initial = true;
  let nextInitial = true;
  const flush = () => {
    if (current.length === 0) return;
    let raw = current;
    while (raw.length > 0 && isApostrophe(raw[raw.length - 1] ?? "")) raw = raw.slice(0, -1);
    let lower = raw.toLowerCase().replace(/[\u2019\u2018]/g, "'");
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    const norm = lower.replace(/'/g, "");
    if (norm.length > 0) {
      const first = raw[0] ?? "";
      out.push({ norm, capital: first !== first.toLowerCase(), initial });
    }
    current = "";
  };
  for (const ch of text) {
    if (isLetter(ch) || (isApostrophe(ch) && current.length > 0)) {
      if (current.length === 0) {
        initial = nextInitial;
        nextInitial = false;
      }
      current += ch;
      continue;
    }
    flush();
    if (endsSentence(ch)) nextInitial = true;
  }
  flush();
  return out;
}

/** Irregular forms the suffix rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  ran: "run",
  felt: "feel",
  ate: "eat",
  eaten: "eat",
  cried: "cry",
  fought: "fight",
  children: "child",
  kids: "kid",
  men: "man",
  women: "woman",
  went: "go",
  gone: "go",
  died: "die",
  dying: "die",
  lost: "lose",
  left: "leave",
  bought: "buy",
  thought: "think",
  told: "tell",
  said: "say",
  paid: "pay",
  taught: "teach",
  sought: "seek",
  broke: "break",
  broken: "break",
  wore: "wear",
  worn: "wear",
  flew: "fly",
  flown: "fly",
};

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
