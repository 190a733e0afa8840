import type { TherapistGrantView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { revokeGrant } from "../api.ts";
import { useGrants } from "./use-grants.ts";

/** Either partner, alone, ends access at once; the therapist is told only that it ended. */
export function RevokeButton({ grant, onDone }: { grant: TherapistGrantView; onDone(news: string): void }) {
  const { update } = useGrants();
  const [asking, setAsking] = useState(false);
  const name = grant.therapist?.displayName ?? "the therapist";
  const revoke = useMutation({
    mutationFn: () => revokeGrant(grant.id),
    onSuccess: (g) => {
      update(g);
      setAsking(false);
      onDone(`Sharing stopped. ${name} can no longer see anything of yours.`);
    },
  });
  return (
    <>
      <Button variant="danger" onClick={() => setAsking(true)}>
        Stop sharing…
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Stop sharing with ${name}?`}
        confirmLabel="Stop sharing now"
        busy={revoke.isPending}
        error={revoke.error ? asFailure(revoke.error).message : null}
        onConfirm={() => revoke.mutate()}
        onCancel={() => setAsking(false)}
      >
        <p>Access ends at once, for both of you; an open page on their side closes too. {name} is told only that access ended, never why.</p>
        <p>To share again later, you would send a new invite.</p>
      </ConfirmDialog>
    </>
  );
}
