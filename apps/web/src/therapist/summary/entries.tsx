import { CORE_EMOTIONS } from "@attune/shared";
import { dayLabel } from "../../loop/day.ts";
import { longDate } from "../../ui/format.ts";
import { nameIn, type HideControl, type Summary } from "./types.ts";

const feelings = (e: Record<(typeof CORE_EMOTIONS)[number], number>) =>
  CORE_EMOTIONS.filter((k) => e[k] > 0)
    .map((k) => `${k} ${e[k]}/3`)
    .join(", ") || "no strong feelings";

/** Check-ins the partners shared with each other, with their replies. */
export function SharedCheckins({ summary, data, hide }: { summary: Summary; data: NonNullable<Summary["sharedCheckins"]>; hide: HideControl }) {
  const name = nameIn(summary);
  if (data.length === 0) return <p className="muted">No shared check-ins in these weeks.</p>;
  return (
    <ul className="th-entries">
      {data.map((c) => (
        <li key={c.id} className="th-entry">
          <h4>
            {name(c.authorId)}, {longDate(c.day)}
          </h4>
          <p className="muted">{feelings(c.emotions)}</p>
          <p className="th-entry__text">{c.text}</p>
          {c.replies.map((r) => (
            <p key={r.at} className="th-entry__reply">
              {name(r.authorId)} replied: {r.body}
              {r.heard === null ? "" : r.heard ? " (felt heard)" : " (not quite heard)"}
            </p>
          ))}
          {hide?.("checkin", c.id, `${name(c.authorId)}'s check-in of ${dayLabel(c.day)}`)}
        </li>
      ))}
    </ul>
  );
}

/** Daily-question answers both partners revealed. */
export function DailyAnswers({ summary, data, hide }: { summary: Summary; data: NonNullable<Summary["dailyAnswers"]>; hide: HideControl }) {
  const name = nameIn(summary);
  if (data.length === 0) return <p className="muted">No revealed answers in these weeks.</p>;
  return (
    <ul className="th-entries">
      {data.map((d) => (
        <li key={d.day} className="th-entry">
          <h4>
            {longDate(d.day)}: {d.question}
          </h4>
          {d.answers.map((a) => (
            <div key={a.id}>
              <p className="th-entry__text">
                {name(a.authorId)}: {a.text}
              </p>
              {hide?.("daily_answer", a.id, `${name(a.authorId)}'s answer of ${dayLabel(d.day)}`)}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
