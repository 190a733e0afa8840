import { Link } from "../router.tsx";
import { Page } from "../ui/page.tsx";

/** The front door for someone not signed in. */
export function WelcomePage() {
  return (
    <Page
      title="Feel closer, a little every day"
      lead="Attune helps the two of you share what's really on your mind and heart — and answer each other with care."
    >
      <div className="welcome">
        <ul className="welcome__points">
          <li>
            <strong>Check in with yourself.</strong> Mad, sad, glad or afraid — name it, then share it.
          </li>
          <li>
            <strong>Answer with empathy.</strong> A gentle coach helps you reply in a way that lands.
          </li>
          <li>
            <strong>Private to the two of you.</strong> Only your partner sees what you choose to share.
          </li>
        </ul>
        <div className="actions">
          <Link to="/signup" className="button button--primary">
            Create an account
          </Link>
          <Link to="/login" className="button button--secondary">
            Log in
          </Link>
        </div>
      </div>
    </Page>
  );
}
