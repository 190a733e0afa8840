import type { ReactNode } from "react";
import { longDate } from "../../ui/format.ts";

interface PersonWeeks<W> {
  personId: string;
  weeks: W[];
}

export interface WeeklyTablesProps<W extends { weekStart: string }> {
  people: PersonWeeks<W>[];
  name(personId: string): string;
  /** "<name>: …" */
  caption(name: string): string;
  /** said for a partner with no weeks */
  none(name: string): string;
  /** column headings after "Week of" */
  columns: string[];
  /** one cell per column */
  cells(week: W): ReactNode[];
}

/** One table per partner, a row per week: the summary's figures, never their words. */
export function WeeklyTables<W extends { weekStart: string }>({ people, name, caption, none, columns, cells }: WeeklyTablesProps<W>) {
  return people.map((person) =>
    person.weeks.length === 0 ? (
      <p key={person.personId} className="muted">
        {none(name(person.personId))}
      </p>
    ) : (
      <table key={person.personId} className="th-table">
        <caption>{caption(name(person.personId))}</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {person.weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{longDate(w.weekStart)}</th>
              {cells(w).map((cell, i) => (
                <td key={columns[i]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ),
  );
}
