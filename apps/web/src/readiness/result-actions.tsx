import type { ReadinessResultView } from "@attune/shared";
import { useId, useState } from "react";
import { asFailure } from "../api/client.ts";
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The box follows the click at once; it goes back (with a message) if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? result.sharedWithPartner;

  const toggle = async (next: boolean) => {
    setBusy(true);
    setPending(next);
    setError(null);
    try {
      onChange(await setShared(result.id, next));
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteResult(result.id);
      setConfirming(false);
      onDeleted(result.id);
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
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
            if (!busy) void toggle(e.target.checked);
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
      {error && !confirming ? (
        <Notice tone="error">
          {error}
        </Notice>
      ) : null}
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
        onConfirm={() => void remove()}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>Your answers and scores from this attempt will be gone for good{result.sharedWithPartner && partnerName ? `, for you and for ${partnerName}` : ""}.</p>
      </ConfirmDialog>
    </div>
  );
}
