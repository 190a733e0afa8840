import type { MyDataExport } from "@attune/shared";
import { longDate } from "../ui/format.ts";

const feelings = (e: MyDataExport["checkins"][number]["emotions"]) =>
  (["mad", "sad", "glad", "fear"] as const)
    .filter((k) => e[k] > 0)
    .map((k) => `${k} ${e[k]}/3`)
    .join(", ") || "no strong feelings";

/** The export's words that are mine: check-ins, replies, answers, notes, Readiness results and repairs. */
export function ExportOwnWords({ data }: { data: MyDataExport }) {
  return (
    <>
      <section aria-labelledby="ex-checkins">
        <h2 id="ex-checkins">Your check-ins ({data.checkins.length})</h2>
        {data.checkins.map((c) => (
          <article key={c.id} className="export__entry">
            <h3>
              {longDate(c.day)} · {c.visibility}
            </h3>
            <p className="muted">{feelings(c.emotions)}</p>
            {c.high ? <p>{c.high}</p> : null}
            {c.low ? <p>{c.low}</p> : null}
            {c.mindHeart ? <p>{c.mindHeart}</p> : null}
          </article>
        ))}
      </section>
      <section aria-labelledby="ex-replies">
        <h2 id="ex-replies">Your replies ({data.replies.length})</h2>
        {data.replies.map((r) => (
          <article key={r.id} className="export__entry">
            <p>{r.body}</p>
            <p className="muted">
              {longDate(r.createdAt)}
              {r.feedback ? ` · ${r.feedback.heard ? "felt heard" : "not quite"}${r.feedback.note ? `: "${r.feedback.note}"` : ""}` : ""}
            </p>
          </article>
        ))}
      </section>
      <section aria-labelledby="ex-answers">
        <h2 id="ex-answers">Your daily answers ({data.answers.length})</h2>
        {data.answers.map((a) => (
          <article key={a.id} className="export__entry">
            <h3>{a.question}</h3>
            <p>{a.text}</p>
            <p className="muted">{longDate(a.day)}</p>
          </article>
        ))}
      </section>
      <section aria-labelledby="ex-notes">
        <h2 id="ex-notes">Your partner-map notes ({data.partnerMapNotes.length})</h2>
        {data.partnerMapNotes.map((n) => (
          <article key={n.id} className="export__entry">
            <p>
              About {n.about} ({n.category}): {n.text}
            </p>
          </article>
        ))}
      </section>
      <section aria-labelledby="ex-readiness">
        <h2 id="ex-readiness">Readiness Test ({data.readiness.length})</h2>
        {data.readiness.map((r) => (
          <p key={r.id}>
            Taken {longDate(r.takenAt)}
            {r.sharedWithPartner ? " · shared with your partner" : ""}
          </p>
        ))}
      </section>
      <section aria-labelledby="ex-repairs">
        <h2 id="ex-repairs">Your words in guided repair ({data.repairs.length})</h2>
        {data.repairs.map((r) => (
          <article key={r.id} className="export__entry">
            <h3>{longDate(r.startedAt)}</h3>
            {r.myWords.telling ? <p>{r.myWords.telling.happened}</p> : null}
            {r.myWords.ownPart ? <p>My part: {r.myWords.ownPart}</p> : null}
            {r.myWords.apology ? <p>My apology: {r.myWords.apology}</p> : null}
            {r.agreement ? <p>Our agreement: {r.agreement}</p> : null}
          </article>
        ))}
      </section>
    </>
  );
}
