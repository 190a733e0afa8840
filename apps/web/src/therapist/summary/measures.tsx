import { CORE_EMOTIONS } from "@attune/shared";
import { level, nameIn, percent, type Summary } from "./types.ts";
import { WeeklyTables } from "./weekly-tables.tsx";

/** Weekly mean feelings (0–3) per partner, from shared check-ins only. */
export function EmotionTrends({ summary, data }: { summary: Summary; data: NonNullable<Summary["emotions"]> }) {
  const name = nameIn(summary);
  if (data.every((p) => p.weeks.length === 0)) return <p className="muted">No shared check-ins in these weeks.</p>;
  return (
    <WeeklyTables
      people={data}
      name={name}
      caption={(who) => `${who}: average feelings each week (0 none – 3 strong)`}
      none={(who) => `No shared check-ins from ${who} in these weeks.`}
      columns={["Check-ins", ...CORE_EMOTIONS.map((e) => e[0]?.toUpperCase() + e.slice(1))]}
      cells={(w) => [w.checkins, ...CORE_EMOTIONS.map((e) => level(w[e]))]}
    />
  );
}

/** The "us" insights for the range: balance of sharing, felt-heard rates, practices and repairs. */
export function OurInsights({ summary, data }: { summary: Summary; data: NonNullable<Summary["ourInsights"]> }) {
  return (
    <table className="th-table">
      <caption>Sharing and listening in these weeks</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Shared</th>
          <th scope="col">Replies</th>
          <th scope="col">Felt heard</th>
        </tr>
      </thead>
      <tbody>
        {summary.partners.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.displayName}</th>
            <td>{data.shares[p.id] ?? 0}</td>
            <td>{data.replies[p.id] ?? 0}</td>
            <td>{percent(data.feltHeardRate[p.id] ?? null)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4}>
            Practices tried together: {data.practicesTogether} · Repairs completed: {data.repairsCompleted}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
