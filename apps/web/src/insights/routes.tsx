import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

// Its own chunk: the chart and summaries load only when insights open.
const InsightsPage = lazy(async () => ({ default: (await import("./insights-page.tsx")).InsightsPage }));

export const insightRoutes: RouteDef[] = [
  {
    path: "/insights",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <InsightsPage />
      </Suspense>
    ),
    homeCard: {
      title: "Insights",
      text: "Your emotions and how you listen, over the last weeks; and, if you both say yes, how the two of you are doing.",
    },
  },
];
