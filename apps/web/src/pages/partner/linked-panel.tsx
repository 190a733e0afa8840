import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../../api/client.ts";
import { unlink } from "../../api/couple.ts";
import { useMe, useSession } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { longDate } from "../../ui/format.ts";

/** What unlinking does to shared entries; said the same way wherever unlinking is offered. */
export const UNLINK_CONSEQUENCE = "Entries you shared stay readable by their author only; your partner will no longer see yours.";

export function LinkedPanel() {
  const me = useMe();
  const { refresh, setFlash } = useSession();
  const [asking, setAsking] = useState(false);
  const partnerName = me.couple?.partner.displayName ?? "";
  const ending = useMutation({
    mutationFn: unlink,
    onSuccess: async () => {
      setAsking(false);
      setFlash({ path: "/partner", message: `You're no longer linked with ${partnerName}. ${UNLINK_CONSEQUENCE}` });
      await refresh();
    },
  });
  if (!me.couple) return null;
  const partner = partnerName;
  const busy = ending.isPending;
  const error = ending.error ? asFailure(ending.error).message : null;
  const setError = (_none: null) => ending.reset();
  const confirm = () => {
    if (!busy) ending.mutate();
  };

  return (
    <section className="card stack" aria-labelledby="linked-title">
      <h2 id="linked-title">You're linked with {partner}</h2>
      <p>
        Since {longDate(me.couple.since)}. What you choose to share, {partner} can see — and the other way round.
      </p>
      <details className="details">
        <summary>Need to unlink?</summary>
        <div className="stack">
          <p>Unlinking ends your shared space. {UNLINK_CONSEQUENCE}</p>
          <div className="actions">
            <Button variant="danger" onClick={() => setAsking(true)}>
              Unlink from {partner}
            </Button>
          </div>
        </div>
      </details>
      <ConfirmDialog
        open={asking}
        title={`Unlink from ${partner}?`}
        confirmLabel="Yes, unlink"
        cancelLabel="Keep us linked"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setAsking(false);
          setError(null);
        }}
      >
        <p>{UNLINK_CONSEQUENCE}</p>
        <p>You can link again later with a new invite.</p>
      </ConfirmDialog>
    </section>
  );
}
