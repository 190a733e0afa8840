import { Link } from "../router.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { TABS } from "./tabs.ts";
import { useLogOut } from "./use-log-out.ts";

export interface MoreLink {
  to: string;
  label: string;
}

/** /more — every screen that has no tab of its own, as a plain list of links. */
export function MorePage({ links }: { links: readonly MoreLink[] }) {
  const { leave, leaving, error } = useLogOut();
  const shown = links.filter((link) => !TABS.some((tab) => tab.to === link.to));
  return (
    <Page title="More">
      <nav aria-label="More" className="card more">
        <ul className="more__list">
          {shown.map((link) => (
            <li key={link.to}>
              <Link to={link.to} className="more__link">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/help" className="more__link">
              Help and safety
            </Link>
          </li>
        </ul>
      </nav>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="button" className="button button--secondary" aria-disabled={leaving || undefined} onClick={() => void leave()}>
          {leaving ? "Logging out…" : "Log out"}
        </button>
      </div>
    </Page>
  );
}
