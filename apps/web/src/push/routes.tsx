import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

const NotificationsPage = lazy(async () => ({ default: (await import("./notifications-page.tsx")).NotificationsPage }));

export const pushRoutes: RouteDef[] = [
  {
    path: "/account/notifications",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <NotificationsPage />
      </Suspense>
    ),
  },
];
