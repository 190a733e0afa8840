import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button.tsx";
import { Notice } from "./notice.tsx";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question on the native <dialog>: the browser traps focus, Escape cancels,
 * and focus returns to the opener on close. Cancel takes focus first, so a stray Enter
 * never confirms something hard to undo.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = "Cancel", busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      cancel.current?.focus();
    } else if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button variant="secondary" onClick={onCancel} ref={cancel}>
          {cancelLabel}
        </Button>
        <Button variant="danger" onClick={onConfirm} busy={busy ?? false}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
