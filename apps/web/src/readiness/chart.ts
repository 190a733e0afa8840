import type { ReadinessResultView, SubscaleId } from "@attune/shared";

/**
 * The geometry of the retakes chart, kept pure so it can be tested without a browser.
 * Attempts are spaced evenly left to right (oldest first) rather than by date: retakes
 * are occasional, and even spacing keeps every point readable; the dates label the axis.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** room for the axis labels */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = { width: 640, height: 280, left: 44, right: 16, top: 14, bottom: 40 };

export interface ChartPoint {
  x: number;
  y: number;
  score: number;
  takenAt: string;
}

export interface ChartLine {
  subscale: SubscaleId;
  label: string;
  points: ChartPoint[];
}

export interface ChartModel {
  /** oldest first */
  attempts: { takenAt: string; x: number }[];
  lines: ChartLine[];
  /** y positions of the gridlines at 0, 25, 50, 75 and 100 */
  grid: { score: number; y: number }[];
}

/** Results as the API lists them (newest first) → lines per subscale, oldest first. */
export function chartModel(results: readonly ReadinessResultView[], box: ChartBox = CHART_BOX): ChartModel {
  const ordered = [...results].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const xAt = (i: number) => (ordered.length <= 1 ? box.left + plotW / 2 : box.left + (plotW * i) / (ordered.length - 1));
  const yAt = (score: number) => box.top + plotH * (1 - Math.max(0, Math.min(100, score)) / 100);
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = new Map<SubscaleId, ChartLine>();
  ordered.forEach((result, i) => {
    for (const s of result.subscales) {
      const line = lines.get(s.subscale) ?? { subscale: s.subscale, label: s.label, points: [] };
      line.points.push({ x: round(xAt(i)), y: round(yAt(s.score)), score: s.score, takenAt: result.takenAt });
      lines.set(s.subscale, line);
    }
  });

  return {
    attempts: ordered.map((r, i) => ({ takenAt: r.takenAt, x: round(xAt(i)) })),
    lines: [...lines.values()],
    grid: [0, 25, 50, 75, 100].map((score) => ({ score, y: round(yAt(score)) })),
  };
}

/**
 * One sentence per area for the chart's text description: first and latest score.
 * "Listening to understand: from 50 to 75."
 */
export function trendSentences(model: ChartModel): string[] {
  return model.lines.map((line) => {
    const first = line.points[0];
    const last = line.points[line.points.length - 1];
    if (!first || !last) return `${line.label}: no scores yet.`;
    if (line.points.length === 1) return `${line.label}: ${first.score}.`;
    return first.score === last.score ? `${line.label}: ${last.score}, the same as the first time.` : `${line.label}: from ${first.score} to ${last.score}.`;
  });
}
