import { useEffect } from "react";
import { Redirect, matchPath, safeNext, useLocation } from "./router.tsx";
import { routesFor } from "./routes.tsx";
import { Shell } from "./shell.tsx";
import { useSession } from "./session/session.tsx";
import { Button } from "./ui/button.tsx";
import { Notice } from "./ui/notice.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";

/** Picks the screen for the current path and applies its access rule. */
export function App() {
  const { me, loadError, flash, setFlash, refresh } = useSession();
  const { pathname, search, href } = useLocation();

  // A flash belongs to one screen; leaving it clears the message.
  useEffect(() => {
    if (flash && flash.path !== pathname) setFlash(null);
  }, [pathname, flash, setFlash]);

  if (me === undefined) {
    return (
      <Shell>
        {loadError ? (
          <div className="page page--narrow">
            <Notice tone="error">{loadError}</Notice>
            <div className="actions">
              <Button onClick={() => void refresh()}>Try again</Button>
            </div>
          </div>
        ) : (
          <p className="loading" role="status">
            Opening Attune…
          </p>
        )}
      </Shell>
    );
  }

  for (const route of routesFor(me)) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.access === "member" && !me) {
      return <Redirect to={pathname === "/" ? "/welcome" : `/login?next=${encodeURIComponent(href)}`} />;
    }
    if (route.access === "guest" && me) return <Redirect to={safeNext(search.get("next"))} />;
    return (
      <Shell>
        {flash?.path === pathname ? <Notice tone={flash.tone ?? "success"}>{flash.message}</Notice> : null}
        {route.render(params)}
      </Shell>
    );
  }
  return (
    <Shell>
      <NotFoundPage />
    </Shell>
  );
}
