import { useId } from "react";
import { asFailure } from "../api/client.ts";
import { Link } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { DeleteAccount } from "./delete-account.tsx";
import { ImportField } from "./import-field.tsx";
import { useDownload } from "./use-my-data.ts";

/** Account → Your data: take everything with you, or delete it all. A therapist's account has no words of its own to bring in. */
export function MyDataSection({ therapist = false }: { therapist?: boolean }) {
  const id = useId();
  const download = useDownload();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      {therapist ? (
        <p>Your account, the couples who brought you in and your own access log. What couples shared with you stays with them.</p>
      ) : (
        <p>
          Everything you've written here is yours: your check-ins, replies, answers, partner-map notes, Readiness results, your words in guided repairs and your
          practice history. What your partner shared with you comes too, under their name; their private things never do.
        </p>
      )}
      <Notice tone="error">{download.error ? asFailure(download.error).message : null}</Notice>
      <div className="actions">
        <Button onClick={() => download.isPending || download.mutate()} busy={download.isPending} busyLabel="Preparing…">
          Download everything (JSON)
        </Button>
        <Link to="/account/export" className="button button--secondary">
          See it as a printable page
        </Link>
      </div>
      <ImportField id={`${id}-import`} hidden={therapist} />
      <DeleteAccount therapist={therapist} />
    </section>
  );
}
