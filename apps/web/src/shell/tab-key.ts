/**
 * Which tab a key moves to in a row of `count` tabs (ARIA tabs: the arrows wrap around,
 * Home and End go to either end), or null for a key that is not a tab key.
 */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case "ArrowRight":
      return index === last ? 0 : index + 1;
    case "ArrowLeft":
      return index === 0 ? last : index - 1;
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
