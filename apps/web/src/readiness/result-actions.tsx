import type { ReadinessResultView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { asFailure } from "../api/client.ts";
import { useSavedChoice } from "../data/use-saved-choice.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { deleteResult, setShared } from "./api.ts";
import { Notice } from "../ui/notice.tsx";

/** "Share this result with <partner>" (off unless chosen) and "Delete", for one of my results. */
export function ResultActions({
  result,
  partnerName,
  onChange,
  onDeleted,
}: {
  result: ReadinessResultView;
  /** null when not linked: nobody to share with */
  partnerName: string | null;
  onChange(result: ReadinessResultView): void;
  onDeleted(id: string): void;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  // The box follows the click at once; it goes back (with a message) if saving fails.
  const share = useSavedChoice({ saved: result.sharedWithPartner, save: (next: boolean) => setShared(result.id, next), onSaved: onChange });
  const remove = useMutation({
    mutationFn: () => deleteResult(result.id),
    onSuccess: () => {
      setConfirming(false);
      onDeleted(result.id);
    },
  });
  const busy = share.pending || remove.isPending;
  const failed = remove.error ?? share.error;
  const error = failed ? asFailure(failed).message : null;
  const checked = share.value ?? result.sharedWithPartner;
  const toggle = (next: boolean) => {
    remove.reset();
    share.choose(next);
  };

  return (
    <div className="rt-actions">
      <div className="rt-share">
        <input
          id={`${id}-share`}
          type="checkbox"
          checked={checked}
          disabled={partnerName === null && !result.sharedWithPartner}
          aria-describedby={`${id}-share-hint`}
          onChange={(e) => {
            if (!busy) toggle(e.target.checked);
          }}
        />
        <label htmlFor={`${id}-share`}>{partnerName ? `Share this result with ${partnerName}` : "Share this result with your partner"}</label>
        <p id={`${id}-share-hint`} className="muted rt-share__hint">
          {partnerName === null
            ? "Link with your partner first to share."
            : checked
              ? `${partnerName} can see these scores. Untick to stop sharing.`
              : `Off: only you can see it. ${partnerName} would see the scores, not your answers.`}
        </p>
      </div>
      {error && !confirming ? <Notice tone="error">{error}</Notice> : null}
      <Button variant="quiet" onClick={() => setConfirming(true)}>
        Delete this result
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Delete this result?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        busy={busy}
        error={confirming ? error : null}
        onConfirm={() => {
          if (busy) return;
          share.reset();
          remove.mutate();
        }}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
          share.reset();
        }}
      >
        <p>
          Your answers and scores from this attempt will be gone for good{result.sharedWithPartner && partnerName ? `, for you and for ${partnerName}` : ""}.
        </p>
      </ConfirmDialog>
    </div>
  );
}
