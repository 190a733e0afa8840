/**
 * Precision / recall / F1 counting per label, and a plain-text table, shared by the
 * table-driven case test and the external evaluation script.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 from counts; an empty denominator scores 0 (nothing found or nothing to find). */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
}

/** Counts per label over many (gold, predicted) pairs. */
export class LabelCounter<L extends string> {
  private readonly counts = new Map<L, Counts>();

  constructor(readonly labels: readonly L[]) {
    for (const l of labels) this.counts.set(l, { tp: 0, fp: 0, fn: 0 });
  }

  add(gold: Iterable<L>, predicted: Iterable<L>): void {
    const g = new Set(gold);
    const p = new Set(predicted);
    for (const l of this.labels) {
      const c = this.counts.get(l) as Counts;
      if (g.has(l) && p.has(l)) c.tp++;
      else if (p.has(l)) c.fp++;
      else if (g.has(l)) c.fn++;
    }
  }

  get(label: L): Counts {
    return this.counts.get(label) as Counts;
  }

  scores(label: L): Scores {
    return scores(this.get(label));
  }

  /** A fixed-width table: label, support, tp, fp, fn, precision, recall, F1. */
  table(title?: string): string {
    const width = Math.max(5, ...this.labels.map((l) => l.length));
    const lines = [...(title ? [title] : []), `${"label".padEnd(width)}  support    tp    fp    fn  precision  recall     F1`];
    for (const l of this.labels) {
      const c = this.get(l);
      const s = scores(c);
      lines.push(
        `${l.padEnd(width)}  ${String(s.support).padStart(7)}  ${String(c.tp).padStart(4)}  ${String(c.fp).padStart(4)}  ${String(c.fn).padStart(4)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}`,
      );
    }
    return lines.join("\n");
  }
}
