import type { ReadinessResultView, SubscaleId } from "@attune/shared";
import { useId } from "react";
import { CHART_BOX, chartModel, pathOf, trendSentences } from "./chart.ts";

/**
 * Colour plus a dash pattern and a marker shape for each area, so lines stay apart
 * without colour too. Colours have at least 3:1 contrast on white.
 */
const STYLE: Record<SubscaleId, { color: string; dash: string; marker: "circle" | "square" | "diamond" }> = {
  listening: { color: "#a4431c", dash: "", marker: "circle" },
  validating: { color: "#2f6248", dash: "8 4", marker: "square" },
  "opening-up": { color: "#1d5f75", dash: "2 4", marker: "diamond" },
  "conflict-repair": { color: "#6b3f8f", dash: "12 4 3 4", marker: "circle" },
  curiosity: { color: "#7a5c00", dash: "", marker: "square" },
  "shared-joy": { color: "#5d4d45", dash: "4 3", marker: "diamond" },
};

const dayOnly = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const dayAndTime = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** "12 May" for each attempt, or "12 May, 09:30" when two fall on the same day. */
function attemptLabels(dates: readonly string[]): string[] {
  const days = dates.map((d) => dayOnly.format(new Date(d)));
  return new Set(days).size === days.length ? days : dates.map((d) => dayAndTime.format(new Date(d)));
}
const fullDate = (iso: string) => new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

function Marker({ x, y, shape, color }: { x: number; y: number; shape: "circle" | "square" | "diamond"; color: string }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={4.5} fill={color} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`} fill={color} />;
}

function anchorOf(i: number, count: number): "start" | "middle" | "end" {
  if (count < 2) return "middle";
  if (i === 0) return "start";
  return i === count - 1 ? "end" : "middle";
}

/** Scores per area across retakes: an SVG line chart with a text summary and the same numbers as a table. */
export function TrendChart({ results, whose }: { results: readonly ReadinessResultView[]; /** the partner's name, for their shared results */ whose?: string }) {
  const id = useId();
  const model = chartModel(results);
  const box = CHART_BOX;
  const sentences = trendSentences(model);
  const scores = whose ? `${whose}'s scores` : "Your scores";
  const labels = attemptLabels(model.attempts.map((a) => a.takenAt));
  return (
    <figure className="rt-chart">
      <figcaption id={`${id}-title`} className="rt-chart__title">
        {scores} over {model.attempts.length} {model.attempts.length === 1 ? "attempt" : "attempts"}, oldest on the left
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figcaption through aria-labelledby, described by the sentences below. */}
      <svg
        className="rt-chart__svg"
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        data-attempts={model.attempts.length}
      >
        {model.grid.map((g) => (
          <g key={g.score}>
            <line x1={box.left} x2={box.width - box.right} y1={g.y} y2={g.y} className="rt-chart__grid" />
            <text x={box.left - 8} y={g.y + 4} textAnchor="end" className="rt-chart__axis">
              {g.score}
            </text>
          </g>
        ))}
        {model.attempts.map((a, i) => (
          // The first and last labels hang inwards so they are never cut at the edges.
          <text key={a.takenAt} x={a.x} y={box.height - 14} textAnchor={anchorOf(i, model.attempts.length)} className="rt-chart__axis">
            {labels[i]}
          </text>
        ))}
        {model.lines.map((line) => {
          const s = STYLE[line.subscale];
          return (
            <g key={line.subscale} className="rt-chart__line" data-subscale={line.subscale}>
              <path d={pathOf(line.points)} fill="none" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash || undefined} strokeLinejoin="round" />
              {line.points.map((p) => (
                <Marker key={p.x} x={p.x} y={p.y} shape={s.marker} color={s.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="rt-legend" aria-label="Key">
        {model.lines.map((line) => {
          const s = STYLE[line.subscale];
          return (
            <li key={line.subscale}>
              <svg width="34" height="12" aria-hidden="true" focusable="false">
                <line x1="1" x2="33" y1="6" y2="6" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash || undefined} />
                <Marker x={17} y={6} shape={s.marker} color={s.color} />
              </svg>
              {line.label}
            </li>
          );
        })}
      </ul>
      <p id={`${id}-desc`} className="loop-sr-only">
        {sentences.join(" ")}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrollable wrapper, not a page section; role and tabIndex let keyboard users scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <div className="rt-table-wrap" role="region" aria-label={`${scores} as a table`} tabIndex={0}>
        <table className="rt-table">
          <caption>{scores} as a table (0 to 100)</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {model.attempts.map((a, i) => (
                <th key={a.takenAt} scope="col">
                  <time dateTime={a.takenAt} title={fullDate(a.takenAt)}>
                    {labels[i]}
                  </time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.lines.map((line) => (
              <tr key={line.subscale}>
                <th scope="row">{line.label}</th>
                {line.points.map((p) => (
                  <td key={p.x}>{p.score}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
