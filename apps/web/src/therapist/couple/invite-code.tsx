import type { TherapistGrantView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { dateTime } from "../../ui/format.ts";
import { InviteCodeAndLink } from "../../ui/invite-code-and-link.tsx";
import { Notice } from "../../ui/notice.tsx";
import { renewInvite } from "../api.ts";
import { useGrants } from "./use-grants.ts";

type Invite = NonNullable<TherapistGrantView["invite"]>;

/**
 * The code and link to send to the therapist, while nobody has used them. A code that
 * expired (or went to the wrong place) can be replaced; the old one stops working.
 */
export function InviteCode({ grantId, invite }: { grantId: string; invite: Invite }) {
  const { update } = useGrants();
  const renew = useMutation({ mutationFn: () => renewInvite(grantId), onSuccess: update });
  const expired = Date.parse(invite.expiresAt) <= Date.now();
  return (
    <div className="stack">
      {expired ? (
        <p>This code expired on {dateTime(invite.expiresAt)} before your therapist used it. Make a new one to send.</p>
      ) : (
        <>
          <p>Send this to your therapist. It works once, until {dateTime(invite.expiresAt)}.</p>
          <InviteCodeAndLink code={invite.code} link={invite.link} linkLabel="Or send this link" testId="therapist-invite" />
        </>
      )}
      <div>
        <Button variant={expired ? "primary" : "quiet"} busy={renew.isPending} onClick={() => renew.mutate()}>
          Make a new code
        </Button>
        {expired ? null : <p className="muted">The code above would stop working.</p>}
      </div>
      <p role="status" className="muted">
        {renew.isSuccess ? "A new code is ready; the old one no longer works." : ""}
      </p>
      {renew.error ? <Notice tone="error">{asFailure(renew.error).message}</Notice> : null}
    </div>
  );
}
