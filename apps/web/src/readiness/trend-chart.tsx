import type { ReadinessResultView } from "@attune/shared";
import { useId } from "react";
import { axisAnchor, GridLines, LegendSwatch, SeriesLine } from "../ui/chart/series.tsx";
import { CHART_BOX, chartModel, trendSentences } from "./chart.ts";
import { attemptLabels, fullDate, STYLE } from "./trend-style.ts";

/** Scores per area across retakes: an SVG line chart with a text summary and the same numbers as a table. */
export function TrendChart({
  results,
  whose,
}: {
  results: readonly ReadinessResultView[] /** the partner's name, for their shared results */;
  whose?: string;
}) {
  const id = useId();
  const model = chartModel(results);
  const box = CHART_BOX;
  const sentences = trendSentences(model);
  const scores = whose ? `${whose}'s scores` : "Your scores";
  const labels = attemptLabels(model.attempts.map((a) => a.takenAt));
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`} className="chart__title">
        {scores} over {model.attempts.length} {model.attempts.length === 1 ? "attempt" : "attempts"}, oldest on the left
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figcaption through aria-labelledby, described by the sentences below. */}
      <svg
        className="chart__svg rt-chart__svg"
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        data-attempts={model.attempts.length}
      >
        <GridLines grid={model.grid.map((g) => ({ value: g.score, y: g.y }))} left={box.left} right={box.width - box.right} className="chart" />
        {model.attempts.map((a, i) => (
          <text key={a.takenAt} x={a.x} y={box.height - 14} textAnchor={axisAnchor(i, model.attempts.length)} className="chart__axis">
            {labels[i]}
          </text>
        ))}
        {model.lines.map((line) => (
          <SeriesLine key={line.subscale} className="rt-chart__line" data-subscale={line.subscale} points={line.points} style={STYLE[line.subscale]} />
        ))}
      </svg>
      <ul className="chart-legend" aria-label="Key">
        {model.lines.map((line) => (
          <li key={line.subscale}>
            <LegendSwatch style={STYLE[line.subscale]} />
            {line.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-desc`} className="loop-sr-only">
        {sentences.join(" ")}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrollable wrapper, not a page section; role and tabIndex let keyboard users scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <div className="chart-table-wrap" role="region" aria-label={`${scores} as a table`} tabIndex={0}>
        <table className="chart-table rt-table">
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
