import { longDate } from "../../ui/format.ts";
import { nameIn, percent, type Summary } from "./types.ts";

/** How often replies reached Level One or Two of listening each week: counts, no words. */
export function CoachLevels({ summary, data }: { summary: Summary; data: NonNullable<Summary["coachLevels"]> }) {
  const name = nameIn(summary);
  return data.map((person) =>
    person.weeks.length === 0 ? (
      <p key={person.personId} className="muted">
        No replies from {name(person.personId)} in these weeks.
      </p>
    ) : (
      <table key={person.personId} className="th-table">
        <caption>{name(person.personId)}: listening in replies each week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Replies</th>
            <th scope="col">Level One or Two</th>
            <th scope="col">Level Two</th>
          </tr>
        </thead>
        <tbody>
          {person.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{longDate(w.weekStart)}</th>
              <td>{w.replies}</td>
              <td>{percent(w.levelOneOrTwo)}</td>
              <td>{percent(w.levelTwo)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
  );
}
