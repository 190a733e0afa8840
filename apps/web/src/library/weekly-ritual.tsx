import { weeklyRitual } from "@attune/shared";
import { Link } from "../router.tsx";
import { PART_LABELS } from "./labels.ts";
import { weekIndex } from "./week.ts";

/** This week's relationship check-in: one question per part, in ritual order. */
export function WeeklyRitual({ seed }: { seed: string }) {
  const questions = weeklyRitual(seed, weekIndex());
  return (
    <section className="card stack" aria-labelledby="lib-ritual">
      <h2 id="lib-ritual">This week's ritual</h2>
      <p className="muted">
        Sit down together for fifteen minutes. Go in this order: warm things first, the complaint only once you both feel appreciated, and end on a hope.
      </p>
      <ol className="lib-ritual">
        {questions.map((q) => (
          <li key={q.id}>
            <span className="lib-ritual__part">{q.part ? PART_LABELS[q.part] : ""}</span>
            <Link to={`/library/${q.id}`}>{q.title}</Link>
          </li>
        ))}
      </ol>
      <p>
        <Link to="/temperature">Do it as a Daily Temperature Reading</Link> — step by step, side by side or each on your own phone.
      </p>
    </section>
  );
}
