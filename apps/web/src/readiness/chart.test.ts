import { SUBSCALES, bandFor, type ReadinessResultView } from "@attune/shared";
import { describe, expect, it } from "vitest";
import { pathOf } from "../ui/chart/series.tsx";
import { CHART_BOX, chartModel, trendSentences } from "./chart.ts";

const result = (id: string, takenAt: string, scores: number[]): ReadinessResultView => ({
  id,
  takenAt,
  version: 1,
  sharedWithPartner: false,
  strongest: "listening",
  growth: { subscale: "curiosity", exerciseIds: ["a", "b", "c"] },
  subscales: SUBSCALES.map((s, i) => {
    const score = scores[i] ?? 50;
    return { subscale: s.id, label: s.label, score, band: bandFor(score), meaning: "" };
  }),
});

describe("the retakes chart", () => {
  it("orders attempts oldest first and spans the plot width", () => {
    const newestFirst = [result("r3", "2025-03-01T10:00:00Z", [100]), result("r1", "2025-01-01T10:00:00Z", [0]), result("r2", "2025-02-01T10:00:00Z", [50])];
    const m = chartModel(newestFirst);
    expect(m.attempts.map((a) => a.takenAt)).toEqual(["2025-01-01T10:00:00Z", "2025-02-01T10:00:00Z", "2025-03-01T10:00:00Z"]);
    expect(m.attempts[0]?.x).toBe(CHART_BOX.left);
    expect(m.attempts[2]?.x).toBe(CHART_BOX.width - CHART_BOX.right);
    const listening = m.lines.find((l) => l.subscale === "listening");
    expect(listening?.points.map((p) => p.score)).toEqual([0, 50, 100]);
    // Higher scores sit higher (smaller y); 0 sits on the bottom gridline, 100 on the top one.
    expect(listening?.points[0]?.y).toBe(m.grid.find((g) => g.score === 0)?.y);
    expect(listening?.points[2]?.y).toBe(m.grid.find((g) => g.score === 100)?.y);
    expect(m.lines).toHaveLength(SUBSCALES.length);
  });

  it("puts a single attempt in the middle", () => {
    const m = chartModel([result("r1", "2025-01-01T10:00:00Z", [40])]);
    expect(m.attempts).toHaveLength(1);
    expect(m.attempts[0]?.x).toBe(CHART_BOX.left + (CHART_BOX.width - CHART_BOX.left - CHART_BOX.right) / 2);
    expect(pathOf(m.lines[0]?.points ?? [])).toMatch(/^M[\d.]+ [\d.]+$/);
  });

  it("describes each area's change in words", () => {
    const m = chartModel([result("r2", "2025-02-01T10:00:00Z", [75, 50]), result("r1", "2025-01-01T10:00:00Z", [50, 50])]);
    const sentences = trendSentences(m);
    expect(sentences[0]).toBe("Listening to understand: from 50 to 75.");
    expect(sentences[1]).toBe("Validating feelings: 50, the same as the first time.");
    expect(pathOf([])).toBe("");
  });
});
