import { useId, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { useDeleteAccount } from "./use-my-data.ts";

/** "Delete my account…": asks once more, with the password, then everything goes. */
export function DeleteAccount({ therapist }: { therapist: boolean }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const remove = useDeleteAccount();
  return (
    <>
      <h3>Delete your account</h3>
      <p className="muted">
        {therapist
          ? "This deletes your account at once, for good. The couples who shared with you will see that your access ended."
          : "This deletes your account and everything in it at once, for good. Your partner will only see that you're no longer linked."}
      </p>
      <div className="actions">
        <Button
          variant="danger"
          onClick={() => {
            setAsking(true);
            setPassword("");
            remove.reset();
          }}
        >
          Delete my account…
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title="Delete your account and everything in it?"
        confirmLabel="Delete everything"
        busy={remove.isPending}
        error={remove.error ? asFailure(remove.error).message : null}
        onConfirm={() => remove.isPending || remove.mutate(password)}
        onCancel={() => setAsking(false)}
      >
        <p>This cannot be undone. You may want to download your data first.</p>
        <div className="field">
          <label htmlFor={`${id}-password`} className="field__label">
            Your password, to confirm
          </label>
          <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
      </ConfirmDialog>
    </>
  );
}
