import type { EmotionWeekView } from "@attune/shared";
import { useId } from "react";
import { BOX, EMOTION_LABEL, emotionModel, emotionSentences, pathOf, type Emotion } from "./emotion-chart.ts";

/** Colour plus dash and marker per emotion, so lines stay apart without colour too (≥ 3:1 on white). */
const STYLE: Record<Emotion, { color: string; dash: string; marker: "circle" | "square" | "diamond" | "triangle" }> = {
  glad: { color: "#2f6248", dash: "", marker: "circle" },
  sad: { color: "#1d5f75", dash: "8 4", marker: "square" },
  mad: { color: "#a4431c", dash: "2 4", marker: "diamond" },
  fear: { color: "#6b3f8f", dash: "12 4 3 4", marker: "triangle" },
};

function Marker({ x, y, shape, color }: { x: number; y: number; shape: (typeof STYLE)[Emotion]["marker"]; color: string }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={4.5} fill={color} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (shape === "triangle") return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y + 4.5} L${x - 5.5} ${y + 4.5} Z`} fill={color} />;
  return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`} fill={color} />;
}

const short = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });
const weekLabel = (day: string) => short.format(new Date(`${day}T00:00:00Z`));

/** The four emotions week by week: an SVG line chart with a text summary and the same numbers as a table. */
export function EmotionChart({ weeks }: { weeks: readonly EmotionWeekView[] }) {
  const id = useId();
  const model = emotionModel(weeks);
  const sentences = emotionSentences(weeks);
  const every = weeks.length > 6 ? 2 : 1;
  return (
    <figure className="ins-chart">
      <figcaption id={`${id}-title`} className="ins-chart__title">
        Your four emotions, week by week (0 none to 3 strongly), oldest on the left
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figcaption through aria-labelledby, described by the sentences below. */}
      <svg className="ins-chart__svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        {model.grid.map((g) => (
          <g key={g.value}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={g.y} y2={g.y} className="ins-chart__grid" />
            <text x={BOX.left - 8} y={g.y + 4} textAnchor="end" className="ins-chart__axis">
              {g.value}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % every === 0 ? (
            <text key={w.weekStart} x={model.xs[i]} y={BOX.height - 12} textAnchor={i === 0 ? "start" : i === weeks.length - 1 ? "end" : "middle"} className="ins-chart__axis">
              {weekLabel(w.weekStart)}
            </text>
          ) : null,
        )}
        {model.lines.map((line) => {
          const s = STYLE[line.emotion];
          return (
            <g key={line.emotion} data-emotion={line.emotion}>
              <path d={pathOf(line.points)} fill="none" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash || undefined} strokeLinejoin="round" />
              {line.points.map((p) => (
                <Marker key={p.x} x={p.x} y={p.y} shape={s.marker} color={s.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="ins-legend" aria-label="Key">
        {model.lines.map((line) => {
          const s = STYLE[line.emotion];
          return (
            <li key={line.emotion}>
              <svg width="34" height="12" aria-hidden="true" focusable="false">
                <line x1="1" x2="33" y1="6" y2="6" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash || undefined} />
                <Marker x={17} y={6} shape={s.marker} color={s.color} />
              </svg>
              {EMOTION_LABEL[line.emotion]}
            </li>
          );
        })}
      </ul>
      <ul id={`${id}-desc`} className="ins-summary">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrollable wrapper, not a page section; role and tabIndex let keyboard users scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <div className="ins-table-wrap" role="region" aria-label="Your emotions as a table" tabIndex={0}>
        <table className="ins-table">
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
