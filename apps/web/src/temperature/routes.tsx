import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

const Page = lazy(async () => ({ default: (await import("./temperature-page.tsx")).TemperaturePage }));

export const temperatureRoutes: RouteDef[] = [
  {
    path: "/temperature",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <Page />
      </Suspense>
    ),
    homeCard: {
      title: "Temperature reading",
      text: "Five small parts, together, in a quarter of an hour: thanks, news, puzzles, a request, a hope.",
      needsCouple: true,
    },
  },
];
