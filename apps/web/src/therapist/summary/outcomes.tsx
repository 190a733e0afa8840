import { SUBSCALES } from "@attune/shared";
import { longDate } from "../../ui/format.ts";
import { nameIn, type HideControl, type Summary } from "./types.ts";

const subscaleLabel = (id: string) => SUBSCALES.find((s) => s.id === id)?.label ?? id;
const change = (n: number | null) => (n === null ? "first result" : n === 0 ? "no change" : `${n > 0 ? "+" : "−"}${Math.abs(n).toFixed(1)}`);

/** Readiness results each partner chose to share, with the change since their previous one. */
export function ReadinessResults({ summary, data, hide }: { summary: Summary; data: NonNullable<Summary["readiness"]>; hide: HideControl }) {
  const name = nameIn(summary);
  const results = data.flatMap((p) => p.results.map((r) => ({ ...r, personId: p.personId })));
  if (results.length === 0) return <p className="muted">No shared Readiness results in these weeks.</p>;
  return results.map((r) => (
    <div key={r.id} className="th-entry">
      <table className="th-table">
        <caption>
          {name(r.personId)}, {longDate(r.takenAt)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {r.subscales.map((s) => (
            <tr key={s.subscale}>
              <th scope="row">{subscaleLabel(s.subscale)}</th>
              <td>{s.score.toFixed(1)}</td>
              <td>{change(s.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hide?.("readiness_result", r.id, `${name(r.personId)}'s result of ${longDate(r.takenAt)}`)}
    </div>
  ));
}

/** Guided repairs: the steps reached and the agreement, never the words on the way. */
export function Repairs({ data, hide }: { data: NonNullable<Summary["repairs"]>; hide: HideControl }) {
  if (data.length === 0) return <p className="muted">No repairs in these weeks.</p>;
  return (
    <ul className="th-entries">
      {data.map((r) => (
        <li key={r.id} className="th-entry">
          <h4>
            Started {longDate(r.startedAt)}
            {r.finishedAt ? `, finished ${longDate(r.finishedAt)}` : ", not finished"}
          </h4>
          <p>Steps reached: {r.stepsReached.length > 0 ? r.stepsReached.join(", ") : "none yet"}</p>
          {r.agreement ? <p className="th-entry__text">Agreement: {r.agreement}</p> : null}
          {hide?.("repair", r.id, `the repair of ${longDate(r.startedAt)}`)}
        </li>
      ))}
    </ul>
  );
}
