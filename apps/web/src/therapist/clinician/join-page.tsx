import { Link, useLocation } from "../../router.tsx";
import { useSession } from "../../session/session.tsx";
import { isTherapist } from "../../session/role.ts";
import { Page } from "../../ui/page.tsx";
import { JoinForm } from "./join-form.tsx";
import { JoinPreview } from "./join-preview.tsx";
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
