import { ConfirmDelete } from "../../ui/confirm-delete.tsx";
import { deleteCheckin } from "../api.ts";

/** "Delete" with a confirmation; replies go with the check-in, so the dialog says so. */
export function DeleteCheckin({ id, shared, onDeleted }: { id: string; shared: boolean; onDeleted(): void }) {
  return (
    <ConfirmDelete
      title="Delete this check-in?"
      body={<p>{shared ? "It will disappear for both of you, along with its replies. This can't be undone." : "This journal entry will be gone for good."}</p>}
      remove={() => deleteCheckin(id)}
      onDeleted={onDeleted}
    >
      Delete
    </ConfirmDelete>
  );
}
