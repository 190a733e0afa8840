import { useState } from "react";
import { asFailure } from "../../api/client.ts";
import { cancelInvite, createInvite } from "../../api/couple.ts";
import { useMe, useSession } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { CopyButton } from "../../ui/copy-button.tsx";
import { dateTime, relativeTime } from "../../ui/format.ts";
import { Notice } from "../../ui/notice.tsx";

/** Create, show, replace or cancel my invite (code + link, single use, 48 hours). */
export function InvitePanel() {
  const me = useMe();
  const { setMe } = useSession();
  const invite = me.pendingInvite;
  const [busy, setBusy] = useState<"create" | "cancel" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const run = async (kind: "create" | "cancel") => {
    setBusy(kind);
    setError(null);
    setStatus(null);
    try {
      if (kind === "create") {
        const fresh = await createInvite();
        setMe({ ...me, pendingInvite: fresh });
        setStatus(invite ? "Here is a new code. The old one no longer works." : "Your invite is ready. Send the code or the link to your partner.");
      } else {
        await cancelInvite();
        setMe({ ...me, pendingInvite: null });
        setStatus("Invite cancelled. Its code no longer works.");
      }
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite your partner</h2>
      {invite ? (
        <>
          <p>
            Send this to your partner. It works once, until {dateTime(invite.expiresAt)} ({relativeTime(invite.expiresAt)}).
          </p>
          <div className="invite">
            <p className="invite__label" id="invite-code-label">
              Invite code
            </p>
            <p className="invite__code" data-testid="invite-code">
              {invite.code}
            </p>
            <CopyButton text={invite.code} label="Copy code" />
          </div>
          <div className="invite">
            <p className="invite__label" id="invite-link-label">
              Or share this link
            </p>
            <p className="invite__link">
              <a href={invite.link} data-testid="invite-link">
                {invite.link}
              </a>
            </p>
            <CopyButton text={invite.link} label="Copy link" />
          </div>
          <div className="actions">
            <Button variant="secondary" busy={busy === "create"} onClick={() => void run("create")}>
              Make a new code
            </Button>
            <Button variant="quiet" busy={busy === "cancel"} onClick={() => void run("cancel")}>
              Cancel invite
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>We'll make a short code and a link. Your partner uses either one to link your accounts. It works once and for 48 hours.</p>
          <div className="actions">
            <Button busy={busy === "create"} busyLabel="Making your invite…" onClick={() => void run("create")}>
              Create an invite
            </Button>
          </div>
        </>
      )}
      <Notice tone="success">{status}</Notice>
      <Notice tone="error">{error}</Notice>
    </section>
  );
}
