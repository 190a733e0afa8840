/**
 * Beside the "complaint with a request" step: notices the shapes that turn a complaint
 * into an attack (absolutes, a verdict on the person, no request at all) and offers the
 * frame that turns it into a request. It only suggests; the person's words stay theirs.
 */

export type ComplaintNoteId = "absolute" | "verdict" | "no_request";

export interface ComplaintNote {
  id: ComplaintNoteId;
  /** Where in the text the note points, when it points somewhere. */
  start: number;
  end: number;
  message: string;
}

export interface ComplaintCheck {
  notes: ComplaintNote[];
  /** A request-shaped sentence built from the person's own topic, when we can find one. */
  suggestion: string | null;
}

const ABSOLUTE = /\byou\s+(always|never|constantly|keep)\b((?:\s+(?!and\b|but\b|when\b|because\b|so\b|anymore\b)[\w']+){0,5})/gi;
const VERDICT =
  /\byou(?:'re|\s+are)\s+(?:so\s+|such\s+an?\s+|just\s+|really\s+)?(selfish|lazy|useless|careless|rude|inconsiderate|thoughtless|impossible|hopeless|ridiculous|unbelievable|the worst|a slob|a mess|childish|mean|cold|obsessed)\b/gi;
const REQUEST =
  /\b(?:would you|could you|can you|will you|could we|can we|would it be|i(?:'d| would) (?:like|love|appreciate)|i(?:'m| am) asking|please|would you be willing|next time,? could|let's)\b/i;

const NOTE_TEXT: Record<ComplaintNoteId, string> = {
  absolute: "“Always” and “never” are hard to hear without defending. Try naming one time it happened.",
  verdict: "This describes who they are, not what happened. Try saying what they did and how it felt.",
  no_request: "Add what you'd like instead — a request gives them something they can say yes to.",
};

/**
 * What "you never …" says is missing is what to ask for. After "always" or "keep" the
 * words name what to stop, and a request built from them would ask for the very thing
 * complained about, so those give no topic.
 */
function topicOf(adverb: string, rest: string): string | null {
  if (adverb.toLowerCase() !== "never") return null;
  const words = rest.trim();
  return words.length > 0 ? words : null;
}

export function checkComplaint(text: string): ComplaintCheck {
  const notes: ComplaintNote[] = [];
  let topic: string | null = null;
  for (const match of text.matchAll(ABSOLUTE)) {
    notes.push({ id: "absolute", start: match.index, end: match.index + match[0].length, message: NOTE_TEXT.absolute });
    topic ??= topicOf(match[1] ?? "", match[2] ?? "");
  }
  for (const match of text.matchAll(VERDICT)) {
    notes.push({ id: "verdict", start: match.index, end: match.index + match[0].length, message: NOTE_TEXT.verdict });
  }
  const trimmed = text.trim();
  if (trimmed.length >= 12 && !REQUEST.test(trimmed)) {
    notes.push({ id: "no_request", start: 0, end: 0, message: NOTE_TEXT.no_request });
  }
  if (notes.length === 0) return { notes, suggestion: null };
  const suggestion = topic ? `When … , I felt … . Would you be willing to ${topic.toLowerCase()} … ?` : "When … , I felt … . Would you be willing to … ?";
  return { notes, suggestion };
}
