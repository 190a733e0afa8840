import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

const ExportPage = lazy(async () => ({ default: (await import("./export-page.tsx")).ExportPage }));

export const myDataRoutes: RouteDef[] = [
  {
    path: "/account/export",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <ExportPage />
      </Suspense>
    ),
  },
];
