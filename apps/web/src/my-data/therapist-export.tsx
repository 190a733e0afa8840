import type { MyDataExport } from "@attune/shared";
import { longDate } from "../ui/format.ts";
import { AccessLogEntries } from "../therapist/access-log.tsx";
import { END_TEXT, scopeTitles } from "../therapist/words.tsx";

type Sharing = NonNullable<MyDataExport["therapistSharing"]>;

/** The export's therapist part: a partner's grants with every read, or a therapist's couples and own reads. */
export function TherapistExport({ sharing }: { sharing: Sharing }) {
  if (sharing.role === "therapist") {
    return (
      <section aria-labelledby="ex-clients">
        <h2 id="ex-clients">Couples who shared with you ({sharing.clients.length})</h2>
        {sharing.practiceName ? <p>Practice: {sharing.practiceName}</p> : null}
        {sharing.clients.map((c) => (
          <article key={c.grantId} className="export__entry">
            <h3>
              {c.coupleName}, from {longDate(c.since)}
              {c.endedAt ? ` to ${longDate(c.endedAt)}` : ""}
            </h3>
            <AccessLogEntries entries={c.accessLog} empty="You opened nothing." />
          </article>
        ))}
      </section>
    );
  }
  return (
    <section aria-labelledby="ex-therapist">
      <h2 id="ex-therapist">Sharing with a therapist ({sharing.grants.length})</h2>
      {sharing.grants.map((g) => (
        <article key={g.id} className="export__entry">
          <h3>
            {g.therapistName ?? "A therapist who had not joined"}, from {longDate(g.createdAt)}
            {g.ended ? ` · access ${END_TEXT[g.ended.reason]} ${longDate(g.ended.at)}` : ""}
          </h3>
          <p className="muted">Asked to share: {scopeTitles(g.askedScopes)}</p>
          <AccessLogEntries entries={g.accessLog} empty="The therapist opened nothing." />
        </article>
      ))}
    </section>
  );
}
