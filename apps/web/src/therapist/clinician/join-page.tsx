import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { Link, navigate, useLocation } from "../../router.tsx";
import { useSession } from "../../session/session.tsx";
import { isTherapist } from "../../session/role.ts";
import { Button } from "../../ui/button.tsx";
import { dateTime } from "../../ui/format.ts";
import { ErrorNotice, LoadError } from "../../ui/load-error.tsx";
import { Page } from "../../ui/page.tsx";
import { joinAsTherapist, previewTherapistInvite } from "../api.ts";
import { NeverShared, ScopeList } from "../words.tsx";
import { JoinForm } from "./join-form.tsx";
import "../therapist.css";

/** /therapist/join?code=… — where a couple's link lands: who invited you and what they would share, then Join. */
export function JoinPage() {
  const { me } = useSession();
  const { search, href } = useLocation();
  const code = search.get("code") ?? "";
  if (!me) {
    return (
      <Page title="A couple invited you to Attune" lead="They would like to share some of what they do in Attune with you, their therapist." narrow>
        <div className="card stack">
          <p>Create a therapist account or log in, and we'll show you who sent this before anything is joined.</p>
          <div className="actions">
            <Link to={`/signup?role=therapist&next=${encodeURIComponent(href)}`} className="button button--primary">
              Create a therapist account
            </Link>
            <Link to={`/login?next=${encodeURIComponent(href)}`} className="button button--secondary">
              Log in
            </Link>
          </div>
        </div>
      </Page>
    );
  }
  if (!isTherapist(me)) {
    return (
      <Page title="This link is for a therapist" narrow>
        <p className="card">
          A couple sends this to their therapist, who opens it from a therapist account. To share with your own therapist, go to Account → Your therapist.
        </p>
      </Page>
    );
  }
  if (!code) {
    return (
      <Page title="Join a couple" narrow>
        <JoinForm />
      </Page>
    );
  }
  return <JoinPreview code={code} />;
}

function JoinPreview({ code }: { code: string }) {
  const client = useQueryClient();
  const preview = useQuery({ queryKey: ["therapist", "invite", code], queryFn: () => previewTherapistInvite(code), retry: false });
  const join = useMutation({
    mutationFn: () => joinAsTherapist(code),
    onSuccess: async (joined) => {
      await client.invalidateQueries({ queryKey: keys.therapistClients });
      navigate(joined.state === "active" ? `/therapist/clients/${joined.grantId}` : "/");
    },
  });
  if (preview.error) {
    return (
      <Page title="We couldn't open this invite" narrow>
        <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
        <p>Ask the couple for a new code; it takes them a moment.</p>
        <JoinForm />
      </Page>
    );
  }
  if (!preview.data) {
    return (
      <Page title="Opening the invite…" narrow>
        <p role="status">Looking up who sent it.</p>
      </Page>
    );
  }
  const p = preview.data;
  return (
    <Page title={`${p.coupleName} invited you`} lead={`Invited ${dateTime(p.invitedAt)}. You'll see what they share once both partners have agreed.`} narrow>
      <div className="card stack">
        <h2>They would share</h2>
        <ScopeList scopes={p.scopes} />
        <NeverShared />
        <p className="muted">Every time you open something, the couple sees it in their access log. Either partner can end your access at any time.</p>
        <ErrorNotice error={join.error} />
        <div className="actions">
          <Button busy={join.isPending} busyLabel="Joining…" onClick={() => join.mutate()}>
            Join as their therapist
          </Button>
          <Link to="/" className="button button--quiet">
            Not now
          </Link>
        </div>
      </div>
    </Page>
  );
}
