import type { SVGProps } from "react";
import "./chart.css";

/**
 * Pieces of the app's line charts (readiness trend, emotions over weeks): each series has a
 * colour plus a dash pattern and a marker shape, so lines stay apart without colour too.
 */
export interface SeriesStyle {
  /** at least 3:1 contrast on the card */
  color: string;
  /** SVG dash array, "" for a solid line */
  dash: string;
  marker: "circle" | "square" | "diamond" | "triangle";
}

export interface ChartPoint {
  x: number;
  y: number;
}

/** An SVG path through the points ("M x y L x y …"); empty for no points. */
const at = (v: number) => Math.round(v * 10) / 10;
export const pathOf = (points: readonly ChartPoint[]): string => points.map((p, i) => `${i === 0 ? "M" : "L"}${at(p.x)} ${at(p.y)}`).join(" ");

/** Where an x-axis label hangs: the first and last inwards, so they are never cut at the edges. */
export function axisAnchor(i: number, count: number): "start" | "middle" | "end" {
  if (count < 2) return "middle";
  if (i === 0) return "start";
  return i === count - 1 ? "end" : "middle";
}

export function Marker({ x, y, shape, color }: ChartPoint & { shape: SeriesStyle["marker"]; color: string }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={4.5} fill={color} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (shape === "triangle") return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y + 4.5} L${x - 5.5} ${y + 4.5} Z`} fill={color} />;
  return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`} fill={color} />;
}

/** One series: its line and a marker on each point. Extra props (class, data-*) go on the group. */
export function SeriesLine({
  points,
  style,
  ...group
}: { points: readonly ChartPoint[]; style: SeriesStyle } & Omit<SVGProps<SVGGElement>, "points" | "style">) {
  return (
    <g {...group}>
      <path d={pathOf(points)} fill="none" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash || undefined} strokeLinejoin="round" />
      {points.map((p) => (
        <Marker key={p.x} x={p.x} y={p.y} shape={style.marker} color={style.color} />
      ))}
    </g>
  );
}

/** The small line-and-marker sample beside a legend entry (decorative: the entry's words name it). */
export function LegendSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width="34" height="12" aria-hidden="true" focusable="false">
      <line x1="1" x2="33" y1="6" y2="6" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash || undefined} />
      <Marker x={17} y={6} shape={style.marker} color={style.color} />
    </svg>
  );
}

/** Horizontal grid lines with their values on the left axis. */
export function GridLines({ grid, left, right, className }: { grid: readonly { value: number; y: number }[]; left: number; right: number; className: string }) {
  return grid.map((g) => (
    <g key={g.value}>
      <line x1={left} x2={right} y1={g.y} y2={g.y} className={`${className}__grid`} />
      <text x={left - 8} y={g.y + 4} textAnchor="end" className={`${className}__axis`}>
        {g.value}
      </text>
    </g>
  ));
}
