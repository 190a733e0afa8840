import type { EmotionWeekView } from "@attune/shared";

export const EMOTIONS = ["glad", "sad", "mad", "fear"] as const;
export type Emotion = (typeof EMOTIONS)[number];
export const EMOTION_LABEL: Record<Emotion, string> = { glad: "Glad", sad: "Sad", mad: "Mad", fear: "Afraid" };

export const BOX = { width: 640, height: 240, left: 40, right: 16, top: 16, bottom: 36 };

export interface Point {
  x: number;
  y: number;
  value: number;
}

/** Week positions and one line per emotion (weeks without check-ins leave a gap). */
export function emotionModel(weeks: readonly EmotionWeekView[]) {
  const inner = BOX.width - BOX.left - BOX.right;
  const x = (i: number) => BOX.left + (weeks.length < 2 ? inner / 2 : (i * inner) / (weeks.length - 1));
  const y = (v: number) => BOX.top + (1 - v / 3) * (BOX.height - BOX.top - BOX.bottom);
  const lines = EMOTIONS.map((emotion) => ({
    emotion,
    points: weeks.flatMap((w, i): Point[] => (w[emotion] === null ? [] : [{ x: x(i), y: y(w[emotion]!), value: w[emotion]! }])),
  }));
  return { xs: weeks.map((_, i) => x(i)), grid: [0, 1, 2, 3].map((v) => ({ value: v, y: y(v) })), lines };
}

const WORD = ["none", "a little", "quite a bit", "strongly"];
const level = (v: number) => WORD[Math.round(v)] ?? "strongly";

/** A plain-language summary of the chart, for everyone and for screen readers. */
export function emotionSentences(weeks: readonly EmotionWeekView[]): string[] {
  const withData = weeks.filter((w) => w.checkins > 0);
  if (!withData.length) return ["No check-ins in this period yet."];
  const out: string[] = [];
  for (const e of EMOTIONS) {
    const values = withData.map((w) => w[e]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const first = values[0]!;
    const last = values.at(-1)!;
    const trend = values.length < 2 || Math.abs(last - first) < 0.5 ? "about the same" : last > first ? "higher lately" : "lower lately";
    out.push(`${EMOTION_LABEL[e]}: ${level(mean)} on average, ${trend}.`);
  }
  return out;
}
