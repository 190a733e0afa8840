import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import type { RouteDef } from "../route-def.ts";

/** Guided repair's screens, in their own chunk (the reflect step brings the coach). */
function screen<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function RepairScreen(props: P) {
    return (
      <Suspense fallback={<p className="loading">Opening…</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const RepairStartPage = screen(async () => (await import("./start-page.tsx")).RepairStartPage);
const RepairFlowPage = screen(async () => (await import("./flow-page.tsx")).RepairFlowPage);

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
