import { NOT_STARTED, PRIVATE_HELP } from "@attune/shared";
import { Link } from "../router.tsx";
import { PrivateHelpPanel } from "../safety/private-help.tsx";
import { Page } from "../ui/page.tsx";

/**
 * When guided repair did not start. Both partners see the same neutral words, whoever
 * stopped it and why. Only the person whose own answers raised a concern, on their own
 * screen and only now (it is never stored), also sees where to find help.
 */
export function NotStarted({ privateHelp }: { privateHelp: boolean }) {
  if (privateHelp) return <PrivateHelp />;
  return (
    <Page title={NOT_STARTED.title} lead={NOT_STARTED.intro} narrow>
      <section className="card stack" aria-label="What now">
        <ul className="rp-tips">
          {NOT_STARTED.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <p>
          <Link to="/help">Confidential help services</Link> · <Link to="/library">Practices for the two of you</Link>
        </p>
      </section>
    </Page>
  );
}

function PrivateHelp() {
  return (
    <Page title={PRIVATE_HELP.title} lead={PRIVATE_HELP.intro} narrow>
      <PrivateHelpPanel />
    </Page>
  );
}
