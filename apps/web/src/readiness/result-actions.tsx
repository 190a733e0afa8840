import type { ReadinessResultView } from "@attune/shared";
import { useId } from "react";
import { useSavedChoice } from "../data/use-saved-choice.ts";
import { ConfirmDelete } from "../ui/confirm-delete.tsx";
import { ErrorNotice } from "../ui/load-error.tsx";
import { deleteResult, setShared } from "./api.ts";

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
  // The box follows the click at once; it goes back (with a message) if saving fails.
  const share = useSavedChoice({ saved: result.sharedWithPartner, save: (next: boolean) => setShared(result.id, next), onSaved: onChange });
  const checked = share.value ?? result.sharedWithPartner;

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
            if (!share.pending) share.choose(e.target.checked);
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
      <ErrorNotice error={share.error} />
      <ConfirmDelete
        title="Delete this result?"
        body={
          <p>
            Your answers and scores from this attempt will be gone for good{result.sharedWithPartner && partnerName ? `, for you and for ${partnerName}` : ""}.
          </p>
        }
        remove={() => deleteResult(result.id)}
        onDeleted={() => onDeleted(result.id)}
        blocked={share.pending}
        onOpen={share.reset}
      >
        Delete this result
      </ConfirmDelete>
    </div>
  );
}
