import { lazyScreen } from "../ui/lazy-screen.tsx";
import type { RouteDef } from "../route-def.ts";

/** Guided repair's screens, in their own chunk (the reflect step brings the coach). */
const RepairStartPage = lazyScreen(async () => (await import("./start-page.tsx")).RepairStartPage);
const RepairFlowPage = lazyScreen(async () => (await import("./flow-page.tsx")).RepairFlowPage);

export const repairRoutes: RouteDef[] = [
  {
    path: "/repair",
    access: "member",
    render: () => <RepairStartPage />,
    nav: { label: "Repair", order: 70 },
    homeCard: { title: "Guided repair", text: "After a hard moment: a calm, step-by-step way back to each other.", needsCouple: true },
  },
  { path: "/repair/:id", access: "member", render: (p) => <RepairFlowPage key={p.id} id={p.id ?? ""} /> },
];
