import { analyze } from "@attune/coach";
import { shareTextOf } from "@attune/shared";

/**
 * What insights keep of a check-in's words: whether the share opens the inner layer and
 * the feeling words the coach finds. Read once when the check-in is written, so insights
 * never run the coach over a history. An empty share has no depth to read.
 */
export function readShare(checkin: { mindHeart: string; low: string; high: string }): { inner: boolean | null; words: string[] } {
  const text = shareTextOf(checkin);
  if (!text.trim()) return { inner: null, words: [] };
  try {
    const reading = analyze({ share: text });
    return { inner: reading.shareDepth === "inner", words: reading.shareFeelingWords.slice(0, 5).map((w) => w.toLowerCase().replace(/,/g, " ")) };
  } catch {
    return { inner: null, words: [] }; // the coach never stands between a person and their check-in
  }
}
