import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../../api/client.ts";
import { cancelInvite, createInvite } from "../../api/couple.ts";
import { useMe, useSession } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { dateTime, relativeTime } from "../../ui/format.ts";
import { InviteCodeAndLink } from "../../ui/invite-code-and-link.tsx";
import { Notice } from "../../ui/notice.tsx";

/** Create, show, replace or cancel my invite (code + link, single use, 48 hours). */
export function InvitePanel() {
  const me = useMe();
  const { setMe } = useSession();
  const invite = me.pendingInvite;
  const [status, setStatus] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: createInvite,
    onMutate: () => setStatus(null),
    onSuccess: (fresh) => {
      setMe({ ...me, pendingInvite: fresh });
      setStatus(invite ? "Here is a new code. The old one no longer works." : "Your invite is ready. Send the code or the link to your partner.");
    },
  });
  const cancel = useMutation({
    mutationFn: cancelInvite,
    onMutate: () => setStatus(null),
    onSuccess: () => {
      setMe({ ...me, pendingInvite: null });
      setStatus("Invite cancelled. Its code no longer works.");
    },
  });
  const run = (which: typeof create | typeof cancel, other: typeof create | typeof cancel) => () => {
    if (create.isPending || cancel.isPending) return;
    other.reset();
    which.mutate();
  };
  const failed = create.error ?? cancel.error;

  return (
    <section className="card stack" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite your partner</h2>
      {invite ? (
        <>
          <p>
            Send this to your partner. It works once, until {dateTime(invite.expiresAt)} ({relativeTime(invite.expiresAt)}).
          </p>
          <InviteCodeAndLink code={invite.code} link={invite.link} linkLabel="Or share this link" testId="invite" />
          <div className="actions">
            <Button variant="secondary" busy={create.isPending} onClick={run(create, cancel)}>
              Make a new code
            </Button>
            <Button variant="quiet" busy={cancel.isPending} onClick={run(cancel, create)}>
              Cancel invite
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>We'll make a short code and a link. Your partner uses either one to link your accounts. It works once and for 48 hours.</p>
          <div className="actions">
            <Button busy={create.isPending} busyLabel="Making your invite…" onClick={run(create, cancel)}>
              Create an invite
            </Button>
          </div>
        </>
      )}
      <Notice tone="success">{status}</Notice>
      <Notice tone="error">{failed ? asFailure(failed).message : null}</Notice>
    </section>
  );
}
