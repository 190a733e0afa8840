import { Button } from "../ui/button.tsx";
import { longDate } from "../ui/format.ts";
import type { TryView } from "./api.ts";

/** Where a "try this together" stands, and the one thing I can do about it now. */
export function TryStatus({ t, partnerName, onDone }: { t: TryView; partnerName: string; onDone(): void }) {
  const who = t.mine ? `You invited ${partnerName}` : `${t.invitedBy.displayName} invited you`;
  if (t.completedAt) {
    return (
      <div className="try try--done">
        <p className="try__state">
          <span aria-hidden="true">✓ </span>
          <strong>You both did this</strong> <span className="muted">· {longDate(t.completedAt)}</span>
        </p>
      </div>
    );
  }
  return (
    <div className="try">
      <p className="muted">{who} to try this together.</p>
      {t.myDoneAt ? (
        <p className="try__state">
          <span aria-hidden="true">✓ </span>You've marked your part done. {t.partnerDoneAt ? "" : `Waiting for ${partnerName} to mark theirs.`}
        </p>
      ) : (
        <>
          {t.partnerDoneAt ? <p className="try__state">{partnerName} has marked it done.</p> : null}
          <div className="actions">
            <Button variant="secondary" onClick={onDone}>
              We did this: mark my part done
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
