import { useEffect, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Link } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { longDate } from "../ui/format.ts";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { fetchExport, type MyDataExport } from "./api.ts";
import { downloadExport } from "./download.ts";
import { TherapistExport } from "./therapist-export.tsx";
import "./my-data.css";

const feelings = (e: MyDataExport["checkins"][number]["emotions"]) =>
  (["mad", "sad", "glad", "fear"] as const)
    .filter((k) => e[k] > 0)
    .map((k) => `${k} ${e[k]}/3`)
    .join(", ") || "no strong feelings";

/** /account/export: everything that is mine, readable and printable (the browser's "Save as PDF" makes a file). */
export function ExportPage() {
  const [data, setData] = useState<MyDataExport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchExport()
      .then(setData)
      .catch((e: unknown) => setError(asFailure(e).message));
  }, []);
  return (
    <Page title="Everything that is yours" lead="Print it, or save it as a PDF from the print dialog.">
      <p className="no-print">
        <Link to="/account">← Back to your account</Link>
      </p>
      <Notice tone="error">{error}</Notice>
      {!data && !error ? <p className="loading">Gathering your data…</p> : null}
      {data ? (
        <div className="stack export">
          <div className="actions no-print">
            <Button onClick={() => window.print()}>Print</Button>
            <Button variant="secondary" onClick={() => downloadExport(data)}>
              Download JSON
            </Button>
          </div>
          <p className="muted">{data.readme}</p>
          <section aria-labelledby="ex-account">
            <h2 id="ex-account">Account</h2>
            <p>
              {data.account.displayName} · {data.account.email} · with Attune since {longDate(data.account.createdAt)}
            </p>
            {data.couples.map((c) => (
              <p key={c.from}>
                Linked with {c.partnerName} from {longDate(c.from)}
                {c.to ? ` to ${longDate(c.to)}` : ""}
              </p>
            ))}
          </section>
          {data.therapistSharing ? <TherapistExport sharing={data.therapistSharing} /> : null}
          {/* A therapist's export has no words of their own: only the part above. */}
          {data.therapistSharing?.role === "therapist" ? null : (
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
              <section aria-labelledby="ex-shared">
                <h2 id="ex-shared">What your partner shared with you</h2>
                {data.sharedWithMe.checkins.map((c) => (
                  <article key={c.createdAt} className="export__entry">
                    <h3>
                      {c.from}, {longDate(c.day)}
                    </h3>
                    {[c.high, c.low, c.mindHeart].filter(Boolean).map((t) => (
                      <p key={t}>{t}</p>
                    ))}
                  </article>
                ))}
                {data.sharedWithMe.replies.map((r) => (
                  <p key={r.createdAt}>
                    {r.from} replied: {r.body}
                  </p>
                ))}
                {data.sharedWithMe.answers.map((a) => (
                  <p key={`${a.day}-${a.from}`}>
                    {a.from} answered "{a.question}": {a.text}
                  </p>
                ))}
              </section>
            </>
          )}
        </div>
      ) : null}
    </Page>
  );
}
