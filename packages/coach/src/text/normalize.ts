/**
 * Stage 1 of the reply engine: a length-preserving normal form of a text. Every
 * character keeps its UTF-16 index, so a match in the normal form is a span of the
 * original: lowercase, one apostrophe, one double quote, control characters as spaces.
 */

const APOSTROPHES = /[\u2018\u2019\u201b\u0060\u00b4\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
// \r and the other line separators become \n (a sentence break); other controls a space.
const LINE_BREAKS = /[\r\u2028\u2029\u0085]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters ("İ") grow when lowercased; lower them one by one and keep the
  // original where the length would change, so offsets stay aligned.
  const parts: string[] = [];
  for (const ch of text) {
    const l = ch.toLowerCase();
    parts.push(l.length === ch.length ? l : ch);
  }
  return parts.join("");
}

/**
 * Normalises `text` without changing its length.
 *
 * @example
 * normalize("I’M “Fine”") // `i'm "fine"`
 */
export function normalize(text: string): string {
  return lowerSameLength(text).replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').replace(LINE_BREAKS, "\n").replace(CONTROLS, " ");
}
