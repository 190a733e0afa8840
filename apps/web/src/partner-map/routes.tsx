import { lazy, Suspense } from "react";
import type { RouteDef } from "../route-def.ts";

// Its own chunk: the partner map is not needed on the first screen.
const PartnerMapPage = lazy(async () => ({ default: (await import("./partner-map-page.tsx")).PartnerMapPage }));

export const partnerMapRoutes: RouteDef[] = [
  {
    path: "/partner-map",
    access: "member",
    render: () => (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <PartnerMapPage />
      </Suspense>
    ),
    nav: { label: "Partner map", order: 40 },
    homeCard: {
      title: "Your partner map",
      text: "Keep what you know of your partner's story, tender spots and what helps them, so their feelings make sense.",
      needsCouple: true,
    },
  },
];
