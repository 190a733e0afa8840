import type { EmotionWeekView } from "@attune/shared";
import { useId } from "react";
import { axisAnchor, GridLines, LegendSwatch, SeriesLine, type SeriesStyle } from "../ui/chart/series.tsx";
import { BOX, EMOTION_LABEL, emotionModel, emotionSentences, type Emotion } from "./emotion-chart.ts";

/** Colour plus dash and marker per emotion, so lines stay apart without colour too (≥ 3:1 on white). */
const STYLE: Record<Emotion, SeriesStyle> = {
  glad: { color: "#2f6248", dash: "", marker: "circle" },
  sad: { color: "#1d5f75", dash: "8 4", marker: "square" },
  mad: { color: "#a4431c", dash: "2 4", marker: "diamond" },
  fear: { color: "#6b3f8f", dash: "12 4 3 4", marker: "triangle" },
};

const short = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });
const weekLabel = (day: string) => short.format(new Date(`${day}T00:00:00Z`));

/** The four emotions week by week: an SVG line chart with a text summary and the same numbers as a table. */
export function EmotionChart({ weeks }: { weeks: readonly EmotionWeekView[] }) {
  const id = useId();
  const model = emotionModel(weeks);
  const sentences = emotionSentences(weeks);
  const every = weeks.length > 6 ? 2 : 1;
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`} className="chart__title">
        Your four emotions, week by week (0 none to 3 strongly), oldest on the left
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figcaption through aria-labelledby, described by the sentences below. */}
      <svg className="chart__svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <GridLines grid={model.grid} left={BOX.left} right={BOX.width - BOX.right} className="chart" />
        {weeks.map((w, i) =>
          i % every === 0 ? (
            <text key={w.weekStart} x={model.xs[i]} y={BOX.height - 12} textAnchor={axisAnchor(i, weeks.length)} className="chart__axis">
              {weekLabel(w.weekStart)}
            </text>
          ) : null,
        )}
        {model.lines.map((line) => (
          <SeriesLine key={line.emotion} data-emotion={line.emotion} points={line.points} style={STYLE[line.emotion]} />
        ))}
      </svg>
      <ul className="chart-legend" aria-label="Key">
        {model.lines.map((line) => (
          <li key={line.emotion}>
            <LegendSwatch style={STYLE[line.emotion]} />
            {EMOTION_LABEL[line.emotion]}
          </li>
        ))}
      </ul>
      <ul id={`${id}-desc`} className="ins-summary">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrollable wrapper, not a page section; role and tabIndex let keyboard users scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <div className="chart-table-wrap" role="region" aria-label="Your emotions as a table" tabIndex={0}>
        <table className="chart-table ins-table">
          <caption>Your emotions as a table (weekly average, 0 to 3)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Check-ins</th>
              {model.lines.map((l) => (
                <th key={l.emotion} scope="col">
                  {EMOTION_LABEL[l.emotion]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">
                  <time dateTime={w.weekStart}>{weekLabel(w.weekStart)}</time>
                </th>
                <td>{w.checkins}</td>
                {model.lines.map((l) => (
                  <td key={l.emotion}>{w[l.emotion] === null ? "–" : w[l.emotion]!.toFixed(1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
