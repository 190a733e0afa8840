import type { MyDataExport } from "@attune/shared";
import { longDate } from "../ui/format.ts";

/** The export's part that my partner shared with me, under their name. */
export function ExportSharedWithMe({ shared }: { shared: MyDataExport["sharedWithMe"] }) {
  return (
    <section aria-labelledby="ex-shared">
      <h2 id="ex-shared">What your partner shared with you</h2>
      {shared.checkins.map((c) => (
        <article key={c.createdAt} className="export__entry">
          <h3>
            {c.from}, {longDate(c.day)}
          </h3>
          {[c.high, c.low, c.mindHeart].filter(Boolean).map((t) => (
            <p key={t}>{t}</p>
          ))}
        </article>
      ))}
      {shared.replies.map((r) => (
        <p key={r.createdAt}>
          {r.from} replied: {r.body}
        </p>
      ))}
      {shared.answers.map((a) => (
        <p key={`${a.day}-${a.from}`}>
          {a.from} answered "{a.question}": {a.text}
        </p>
      ))}
    </section>
  );
}
