import { Link } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { longDate } from "../ui/format.ts";
import { LoadError } from "../ui/load-error.tsx";
import { Page } from "../ui/page.tsx";
import { downloadExport } from "./download.ts";
import { ExportOwnWords } from "./export-own-words.tsx";
import { ExportSharedWithMe } from "./export-shared-with-me.tsx";
import { TherapistExport } from "./therapist-export.tsx";
import { useExport } from "./use-my-data.ts";
import "./my-data.css";

/** /account/export: everything that is mine, readable and printable (the browser's "Save as PDF" makes a file). */
export function ExportPage() {
  const { data, error, refetch } = useExport();
  return (
    <Page title="Everything that is yours" lead="Print it, or save it as a PDF from the print dialog.">
      <p className="no-print">
        <Link to="/account">← Back to your account</Link>
      </p>
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
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
              <ExportOwnWords data={data} />
              <ExportSharedWithMe shared={data.sharedWithMe} />
            </>
          )}
        </div>
      ) : null}
    </Page>
  );
}
