import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

// Its own chunk: 36 items, scoring and the chart load only when the test opens.
const ReadinessPage = lazy(async () => ({ default: (await import("./readiness-page.tsx")).ReadinessPage }));

export const readinessRoutes: RouteDef[] = [
  {
    path: "/readiness",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <ReadinessPage />
      </Suspense>
    ),
    nav: { label: "Readiness", order: 60 },
    homeCard: {
      title: "Relationship Readiness Test",
      text: "About eight quiet minutes on how you show up for your partner, with one area to practise next.",
    },
  },
];
