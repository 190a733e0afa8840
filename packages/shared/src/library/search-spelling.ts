// Spelling help for search: the nearest known words to a typed word, so "jelous" or
// "gratefull" still reach the synonym list, which a fuzzy match on the practice text
// alone cannot do (no practice says "jealous").

/** Edit distance with adjacent swaps ("anxeity"), giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1]!;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    rows.push(row);
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known words nearest to `word`: one edit for words of 5–7 letters, two from 8 on,
 * none for shorter words (too many short words are one letter apart).
 *
 * @example
 * closestWords("jelous", new Set(["jealous", "joyous"])); // ["jealous"]
 */
export function closestWords(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 5) return [];
  const max = word.length >= 8 ? 2 : 1;
  let best = max + 1;
  let found: string[] = [];
  for (const known of vocabulary) {
    const d = editDistance(word, known, Math.min(max, best));
    if (d < best) {
      best = d;
      found = [known];
    } else if (d === best && d <= max) found.push(known);
  }
  return found.sort();
}
