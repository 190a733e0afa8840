import { CORE_EMOTIONS } from "@attune/shared";
import { longDate } from "../../ui/format.ts";
import { level, nameIn, percent, type Summary } from "./types.ts";

/** Weekly mean feelings (0–3) per partner, from shared check-ins only. */
export function EmotionTrends({ summary, data }: { summary: Summary; data: NonNullable<Summary["emotions"]> }) {
  const name = nameIn(summary);
  if (data.every((p) => p.weeks.length === 0)) return <p className="muted">No shared check-ins in these weeks.</p>;
  return data.map((person) =>
    person.weeks.length === 0 ? (
      <p key={person.personId} className="muted">
        No shared check-ins from {name(person.personId)} in these weeks.
      </p>
    ) : (
      <table key={person.personId} className="th-table">
        <caption>{name(person.personId)}: average feelings each week (0 none – 3 strong)</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Check-ins</th>
            {CORE_EMOTIONS.map((e) => (
              <th scope="col" key={e}>
                {e[0]?.toUpperCase() + e.slice(1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {person.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{longDate(w.weekStart)}</th>
              <td>{w.checkins}</td>
              {CORE_EMOTIONS.map((e) => (
                <td key={e}>{level(w[e])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ),
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
