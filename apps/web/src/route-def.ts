import type { ReactNode } from "react";
import type { HomeCard } from "./pages/home.tsx";

/**
 * Every screen of the app, in one table. To add a feature screen, add a route here
 * (and, if it belongs in the main navigation or on the home screen, give it `nav` and
 * `homeCard`). Patterns use `:name` for a path segment, passed to `render` as params.
 *
 * access: "member" needs sign-in (visitors are sent to log in, then back);
 *         "guest" is for the signed-out (members are sent home);
 *         "any" is for both.
 */
export interface RouteDef {
  path: string;
  access: "member" | "guest" | "any";
  render(params: Record<string, string>): ReactNode;
  /** In the main navigation, ordered by `order` (Home is 0, Account is 100). */
  nav?: { label: string; order: number };
  homeCard?: Omit<HomeCard, "to">;
}
