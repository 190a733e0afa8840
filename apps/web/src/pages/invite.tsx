import type { InvitePreview } from "@attune/shared";
import { useEffect, useState } from "react";
import { asFailure, type ApiFailure } from "../api/client.ts";
import { acceptInvite, previewInvite } from "../api/couple.ts";
import { Link, navigate } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { dateTime, relativeTime } from "../ui/format.ts";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";

/** /invite/:code — where an invite link lands: who invited you, then Accept. */
export function InvitePage({ code }: { code: string }) {
  const { me } = useSession();
  const here = `/invite/${encodeURIComponent(code)}`;

  if (!me) {
    return (
      <Page title="You've been invited to Attune" lead="Someone would like to link with you, to share and listen a little every day." narrow>
        <div className="card stack">
          <p>Create an account or log in, and we'll show you who sent this invite before anything is linked.</p>
          <div className="actions">
            <Link to={`/signup?next=${encodeURIComponent(here)}`} className="button button--primary">
              Create an account
            </Link>
            <Link to={`/login?next=${encodeURIComponent(here)}`} className="button button--secondary">
              Log in
            </Link>
          </div>
        </div>
      </Page>
    );
  }
  if (me.couple) {
    return (
      <Page title="You're already linked" narrow>
        <div className="card stack">
          <p>
            You're linked with <strong>{me.couple.partner.displayName}</strong>. A person can be in one couple at a time, so this invite can't be used from your
            account.
          </p>
          <p>
            <Link to="/">Back to home</Link>
          </p>
        </div>
      </Page>
    );
  }
  if (me.pendingInvite?.code === code.toUpperCase()) {
    return (
      <Page title="This is your own invite" narrow>
        <div className="card stack">
          <p>Send this link or its code to your partner; they accept it from their own account.</p>
          <p>
            <Link to="/partner">See your invite</Link>
          </p>
        </div>
      </Page>
    );
  }
  return <InvitePreviewView code={code} />;
}

function InvitePreviewView({ code }: { code: string }) {
  const { setMe, setFlash } = useSession();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [loadFailure, setLoadFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    previewInvite(code)
      .then((p) => live && setPreview(p))
      .catch((e: unknown) => live && setLoadFailure(asFailure(e)));
    return () => {
      live = false;
    };
  }, [code]);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const me = await acceptInvite(code);
      const partner = me.couple?.partner.displayName ?? preview?.inviterName ?? "your partner";
      setFlash({ path: "/", message: `You're linked with ${partner}. Welcome to your shared space.` });
      setMe(me);
      navigate("/", { replace: true });
    } catch (e) {
      setError(asFailure(e).message);
      setBusy(false);
    }
  };

  if (loadFailure) {
    const title = loadFailure.code === "invite_expired" ? "This invite has expired" : "We couldn't open this invite";
    return (
      <Page title={title} narrow>
        <div className="card stack">
          <Notice tone="error">{loadFailure.message}</Notice>
          <p>Ask your partner for a new invite — it only takes them a moment.</p>
          <p>
            <Link to="/partner">Enter a different code</Link>
          </p>
        </div>
      </Page>
    );
  }
  if (!preview) {
    return (
      <Page title="Opening your invite…" narrow>
        <p role="status">Looking up who sent it.</p>
      </Page>
    );
  }
  return (
    <Page
      title={`${preview.inviterName} invited you`}
      lead="Link your accounts to share check-ins, answer daily questions together and support each other."
      narrow
    >
      <div className="card stack">
        <p>
          Accepting links you with <strong>{preview.inviterName}</strong> as a couple. You'll each still choose what you share, one entry at a time if you like.
        </p>
        <p className="muted">
          Invite code <span className="code-inline">{preview.code}</span> · expires {relativeTime(preview.expiresAt)} ({dateTime(preview.expiresAt)})
        </p>
        <Notice tone="error">{error}</Notice>
        <div className="actions">
          <Button busy={busy} busyLabel="Linking…" onClick={() => void accept()}>
            Accept and link with {preview.inviterName}
          </Button>
          <Link to="/" className="button button--quiet">
            Not now
          </Link>
        </div>
      </div>
    </Page>
  );
}
