import { Link, useLocation } from "../router.tsx";
import { TABS, isCurrent, tabOf, type Tab } from "./tabs.ts";

/**
 * Navigation on narrow screens, at the bottom where a thumb reaches. A plain list of
 * links in a landmark (not an ARIA tablist: these load pages); the active one says
 * aria-current="page", or "true" on More when a screen under More is open.
 */
export function BottomBar({ waiting, tabs = TABS }: { waiting: number; tabs?: readonly Tab[] }) {
  const { pathname } = useLocation();
  const active = tabOf(pathname, tabs);
  return (
    <nav aria-label="Main" className="tabbar">
      <ul>
        {tabs.map((tab) => {
          const here = tab.to === active;
          const exact = isCurrent(tab.to, pathname) || (tab.to === "/more" && pathname === "/more");
          return (
            <li key={tab.to}>
              <Link to={tab.to} className="tabbar__link" aria-current={here ? (exact ? "page" : "true") : undefined}>
                <span className="tabbar__icon" aria-hidden="true">
                  {tab.icon}
                </span>
                <span className="tabbar__label">{tab.label}</span>
                {tab.to === "/" && waiting > 0 ? (
                  <span className="tabbar__count">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="visually-hidden">, {waiting} waiting</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
