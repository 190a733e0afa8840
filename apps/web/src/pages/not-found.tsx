import { Link } from "../router.tsx";
import { Page } from "../ui/page.tsx";

export function NotFoundPage() {
  return (
    <Page title="We couldn't find that page" lead="The link may be old, or it may have a typo." narrow>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </Page>
  );
}
