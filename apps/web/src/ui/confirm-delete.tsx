import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "./button.tsx";
import { ConfirmDialog } from "./confirm-dialog.tsx";

export interface ConfirmDeleteProps {
  /** The button's content; it is also the button's accessible name. */
  children: ReactNode;
  title: string;
  /** What goes, and for whom: said in the dialog before anything is deleted. */
  body: ReactNode;
  remove(): Promise<unknown>;
  onDeleted(): void;
  /** Another action on the same entry is running: confirming waits for it. */
  blocked?: boolean;
  /** Runs as the question opens, e.g. to clear the entry's other messages. */
  onOpen?(): void;
}

/**
 * "Delete" that asks first: the one shape for deleting a single entry. The dialog owns
 * the send, so a failure shows inside it and the person can try again or keep the entry.
 */
export function ConfirmDelete({ children, title, body, remove, onDeleted, blocked = false, onOpen }: ConfirmDeleteProps) {
  const [open, setOpen] = useState(false);
  const send = useMutation({
    mutationFn: remove,
    onSuccess: () => {
      setOpen(false);
      onDeleted();
    },
  });
  const busy = send.isPending || blocked;
  return (
    <>
      <Button
        variant="quiet"
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {children}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        busy={busy}
        error={send.error ? asFailure(send.error).message : null}
        onConfirm={() => busy || send.mutate()}
        onCancel={() => {
          setOpen(false);
          send.reset();
        }}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}
