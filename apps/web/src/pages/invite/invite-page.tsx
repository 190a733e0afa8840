import { Link } from "../../router.tsx";
import { useSession } from "../../session/session.tsx";
import { Page } from "../../ui/page.tsx";
import { InvitePreviewView } from "./invite-preview.tsx";

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
