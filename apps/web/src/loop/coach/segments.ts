import type { Finding } from "@attune/coach";

/** A run of the draft: plain text, or text the coach marked (pitfalls win over moves). */
export interface Segment {
  text: string;
  start: number;
  mark: { kind: "pitfall" | "move"; index: number } | null;
}

/**
 * Cuts `text` into runs so the highlight layer can draw each finding under the exact
 * characters it covers. Overlaps resolve to one mark per character: a pitfall over a
 * move (it is what the person most needs to see), then the narrower finding (a
 * sentence-wide "jumping to advice" must not hide the three words that minimise inside
 * it), then the earlier one. Spans outside the text are clamped; empty ones are dropped.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const owner = new Array<number>(text.length).fill(-1);
  const spans = findings.map((f) => {
    const start = Math.max(0, Math.min(f.start, text.length));
    return { start, end: Math.max(start, Math.min(f.end, text.length)), rank: f.kind === "pitfall" ? 0 : 1 };
  });
  const wins = (a: (typeof spans)[number], b: (typeof spans)[number]) => (a.rank !== b.rank ? a.rank < b.rank : a.end - a.start < b.end - b.start);
  spans.forEach((span, index) => {
    for (let i = span.start; i < span.end; i++) {
      const current = owner[i] ?? -1;
      const held = current >= 0 ? spans[current] : undefined;
      if (!held || wins(span, held)) owner[i] = index;
    }
  });
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || owner[i] !== owner[from]) {
      const index = owner[from] ?? -1;
      const finding = index >= 0 ? findings[index] : undefined;
      segments.push({ text: text.slice(from, i), start: from, mark: finding ? { kind: finding.kind, index } : null });
      from = i;
    }
  }
  return segments;
}
