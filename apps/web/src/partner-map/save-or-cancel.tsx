import type { ReactNode } from "react";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";

/** A note form's end: why saving failed (the words stay), the send button and Cancel. */
export function SaveOrCancel({
  formError,
  busy,
  busyLabel,
  onCancel,
  children,
}: {
  formError: string | null;
  busy: boolean;
  busyLabel: string;
  onCancel(): void;
  children: ReactNode;
}) {
  return (
    <>
      {formError ? <Notice tone="error">{formError} Your words are still here.</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {children}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </>
  );
}
