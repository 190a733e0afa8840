import { lazyScreen } from "../ui/lazy-screen.tsx";
import type { RouteDef } from "../route-def.ts";

/**
 * The daily loop's screens, each in its own chunk: the coach (and its model) loads
 * when a loop screen opens, not on the first visit.
 */
const CheckinPage = lazyScreen(async () => (await import("./checkin/checkin-page.tsx")).CheckinPage);
const HistoryPage = lazyScreen(async () => (await import("./checkin/history-page.tsx")).HistoryPage);
const EditCheckinPage = lazyScreen(async () => (await import("./checkin/edit-page.tsx")).EditCheckinPage);
const TimelinePage = lazyScreen(async () => (await import("./timeline/timeline-page.tsx")).TimelinePage);
const CheckinDetailPage = lazyScreen(async () => (await import("./timeline/checkin-detail-page.tsx")).CheckinDetailPage);
const DailyPage = lazyScreen(async () => (await import("../daily/daily-page.tsx")).DailyPage);

export const loopRoutes: RouteDef[] = [
  {
    path: "/check-in",
    access: "member",
    render: () => <CheckinPage />,
    nav: { label: "Check in", order: 10 },
    homeCard: { title: "Check in", text: "Under a minute: how today felt, and what's on your mind and heart." },
  },
  {
    path: "/timeline",
    access: "member",
    render: () => <TimelinePage />,
    nav: { label: "Together", order: 20 },
    homeCard: { title: "Shared with each other", text: "Read what your partner shared and let them know you heard them.", needsCouple: true },
  },
  {
    path: "/daily",
    access: "member",
    render: () => <DailyPage />,
    nav: { label: "Question", order: 30 },
    homeCard: { title: "Today's question", text: "Answer on your own, then see both answers together.", needsCouple: true },
  },
  { path: "/history", access: "member", render: () => <HistoryPage /> },
  { path: "/checkins/:id", access: "member", render: (p) => <CheckinDetailPage key={p.id} id={p.id ?? ""} /> },
  { path: "/checkins/:id/edit", access: "member", render: (p) => <EditCheckinPage key={p.id} id={p.id ?? ""} /> },
];
