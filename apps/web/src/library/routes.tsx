import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import type { RouteDef } from "../route-def.ts";

/**
 * The library's screens. Both load in their own chunk: the 166 items and the search
 * index are fetched when the library opens, not on the first visit to the app.
 */
function screen<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LibraryScreen(props: P) {
    return (
      <Suspense fallback={<p className="loading">Opening the library…</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const LibraryPage = screen(async () => (await import("./library-page.tsx")).LibraryPage);
const LibraryItemPage = screen(async () => (await import("./item-page.tsx")).LibraryItemPage);

export const libraryRoutes: RouteDef[] = [
  {
    path: "/library",
    access: "member",
    render: () => <LibraryPage />,
    nav: { label: "Practice", order: 50 },
    homeCard: { title: "Practice", text: "Bite-sized starters and exercises, a few picked for you, and this week's ritual." },
  },
  { path: "/library/:id", access: "member", render: (p) => <LibraryItemPage key={p.id} id={p.id ?? ""} /> },
];
