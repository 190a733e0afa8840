import { useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { keys } from "./data/keys.ts";
import { Link, useLocation } from "./router.tsx";
import { navItemsFor } from "./routes.tsx";
import { useSession } from "./session/session.tsx";
import { BottomBar } from "./shell/bottom-bar.tsx";
import { isCurrent, tabsFor } from "./shell/tabs.ts";
import { useLogOut } from "./shell/use-log-out.ts";
import { applyTheme, storedTheme } from "./theme/theme.ts";
import { useToday } from "./today/api.ts";
import { WaitingSignals } from "./today/waiting-signals.tsx";
import { WarmMoment } from "./today/warm-moment.tsx";
import { Logo } from "./ui/logo.tsx";
import "./styles/shell.css";

// Before the first paint, so a dark choice never flashes light.
applyTheme(storedTheme());

/**
 * The frame around every screen: skip link, header, main, footer. Wide screens keep the
 * header's navigation; narrow ones get a bottom bar of five (shell/bottom-bar.tsx) and
 * the rest under More. Only one of the two "Main" navigations is ever displayed.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { me = null } = useSession();
  const { pathname } = useLocation();
  const { leave, leaving, error } = useLogOut();
  const { count } = useToday();
  const queryClient = useQueryClient();

  // Doing something elsewhere (a reply, an answer, a first check-in) may settle a waiting
  // item or earn a warm moment (both under keys.today): look again on each move. The
  // partner's doings arrive as live events (data/live-sync.tsx).
  const signedIn = me !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger (each move), not a value the effect reads.
  useEffect(() => {
    if (signedIn) void queryClient.invalidateQueries({ queryKey: keys.today });
  }, [pathname, signedIn, queryClient]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <WaitingSignals />
      <header className={me ? "site-header site-header--member" : "site-header"}>
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__name">Attune</span>
          </Link>
          {me ? (
            <>
              <nav aria-label="Main" className="site-nav">
                <ul>
                  {navItemsFor(me).map((item) => (
                    <li key={item.to}>
                      <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? "page" : undefined}>
                        {item.label}
                        {item.to === "/" && count > 0 ? (
                          <span className="site-nav__count">
                            ({count}
                            <span className="visually-hidden"> waiting</span>)
                          </span>
                        ) : null}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <button type="button" className="site-logout" aria-disabled={leaving || undefined} onClick={() => void leave()}>
                {leaving ? "Logging out…" : "Log out"}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {error ? (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        ) : null}
        {me ? <WarmMoment /> : null}
        {children}
      </main>
      <footer className={me ? "site-footer site-footer--member" : "site-footer"}>
        <p>
          Attune · made for two · open source · <Link to="/help">Help and safety</Link>
        </p>
      </footer>
      {me ? <BottomBar waiting={count} tabs={tabsFor(me)} /> : null}
    </>
  );
}
