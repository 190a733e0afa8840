import { lazyScreen } from "../ui/lazy-screen.tsx";
import type { RouteDef } from "../route-def.ts";

/**
 * The library's screens. Both load in their own chunk: the 166 items and the search
 * index are fetched when the library opens, not on the first visit to the app.
 */
const LibraryPage = lazyScreen(async () => (await import("./library-page.tsx")).LibraryPage, "Opening the library…");
const LibraryItemPage = lazyScreen(async () => (await import("./item-page.tsx")).LibraryItemPage, "Opening the library…");

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
