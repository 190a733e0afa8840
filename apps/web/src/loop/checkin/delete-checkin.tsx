import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { deleteCheckin } from "../api.ts";

/** "Delete" with a confirmation; replies go with the check-in, so the dialog says so. */
export function DeleteCheckin({ id, shared, onDeleted }: { id: string; shared: boolean; onDeleted(): void }) {
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteCheckin(id),
    onSuccess: () => {
      setOpen(false);
      onDeleted();
    },
  });
  return (
    <>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete this check-in?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        busy={remove.isPending}
        error={remove.error ? asFailure(remove.error).message : null}
        onConfirm={() => remove.isPending || remove.mutate()}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
      >
        <p>{shared ? "It will disappear for both of you, along with its replies. This can't be undone." : "This journal entry will be gone for good."}</p>
      </ConfirmDialog>
    </>
  );
}
