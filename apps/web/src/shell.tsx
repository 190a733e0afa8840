import { useState, type ReactNode } from "react";
import { logOut } from "./api/account.ts";
import { asFailure } from "./api/client.ts";
import { Link, navigate, useLocation } from "./router.tsx";
import { navItems } from "./routes.tsx";
import { useSession } from "./session/session.tsx";
import { Logo } from "./ui/logo.tsx";

/** The frame around every screen: skip link, header with navigation, main, footer. */
export function Shell({ children }: { children: ReactNode }) {
  const { me, setMe, setFlash } = useSession();
  const { pathname } = useLocation();
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const leave = async () => {
    setLeaving(true);
    setError(null);
    try {
      await logOut();
      setFlash({ path: "/login", message: "You've logged out. See you soon." });
      setMe(null);
      navigate("/login", { replace: true });
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__name">Attune</span>
          </Link>
          {me ? (
            <>
              <nav aria-label="Main" className="site-nav">
                <ul>
                  {navItems.map((item) => (
                    <li key={item.to}>
                      <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? "page" : undefined}>
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <button type="button" className="site-logout" aria-disabled={leaving || undefined} onClick={() => void (leaving ? null : leave())}>
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
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Attune · made for two · open source · <Link to="/help">Help and safety</Link>
        </p>
      </footer>
    </>
  );
}

const isCurrent = (to: string, pathname: string) => (to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`));
