import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

const HelpPage = lazy(async () => ({ default: (await import("./help-page.tsx")).HelpPage }));

/** /help: reachable from every screen's footer, signed in or not. */
export const safetyRoutes: RouteDef[] = [
  {
    path: "/help",
    access: "any",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <HelpPage />
      </Suspense>
    ),
  },
];
