import { asFailure } from "../../api/client.ts";
import { Link } from "../../router.tsx";
import { AcceptActions } from "../../ui/accept-actions.tsx";
import { dateTime, relativeTime } from "../../ui/format.ts";
import { Notice } from "../../ui/notice.tsx";
import { OpeningPage } from "../../ui/opening-page.tsx";
import { Page } from "../../ui/page.tsx";
import { useInvite } from "./use-invite.ts";

/** Who invited me, when the invite ends, and Accept; or why it can't be opened. */
export function InvitePreviewView({ code }: { code: string }) {
  const { preview, accept } = useInvite(code);

  if (preview.error) {
    const failure = asFailure(preview.error);
    return (
      <Page title={failure.code === "invite_expired" ? "This invite has expired" : "We couldn't open this invite"} narrow>
        <div className="card stack">
          <Notice tone="error">{failure.message}</Notice>
          <p>Ask your partner for a new invite — it only takes them a moment.</p>
          <p>
            <Link to="/partner">Enter a different code</Link>
          </p>
        </div>
      </Page>
    );
  }
  if (!preview.data) return <OpeningPage title="Opening your invite…" />;
  const p = preview.data;
  return (
    <Page title={`${p.inviterName} invited you`} lead="Link your accounts to share check-ins, answer daily questions together and support each other." narrow>
      <div className="card stack">
        <p>
          Accepting links you with <strong>{p.inviterName}</strong> as a couple. You'll each still choose what you share, one entry at a time if you like.
        </p>
        <p className="muted">
          Invite code <span className="code-inline">{p.code}</span> · expires {relativeTime(p.expiresAt)} ({dateTime(p.expiresAt)})
        </p>
        <AcceptActions busy={accept.isPending} busyLabel="Linking…" error={accept.error} onAccept={() => accept.isPending || accept.mutate()}>
          Accept and link with {p.inviterName}
        </AcceptActions>
      </div>
    </Page>
  );
}
