import type { ReactNode } from "react";
import { AccountPage } from "./pages/account/account-page.tsx";
import { HomePage, type HomeCard } from "./pages/home.tsx";
import { InvitePage } from "./pages/invite.tsx";
import { LogInPage } from "./pages/log-in.tsx";
import { PartnerPage } from "./pages/partner/partner-page.tsx";
import { ResetPasswordPage } from "./pages/reset-password.tsx";
import { SignUpPage } from "./pages/sign-up.tsx";
import { WelcomePage } from "./pages/welcome.tsx";
import { loopRoutes } from "./loop/routes.tsx";
import { libraryRoutes } from "./library/routes.tsx";
import { partnerMapRoutes } from "./partner-map/routes.tsx";
import { readinessRoutes } from "./readiness/routes.tsx";
import { repairRoutes } from "./repair/routes.tsx";
import { safetyRoutes } from "./safety/routes.tsx";
import { myDataRoutes } from "./my-data/routes.tsx";

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

/** Feature routes (check-in, timeline, daily question…) go in this list. */
const featureRoutes: RouteDef[] = [...loopRoutes, ...libraryRoutes, ...partnerMapRoutes, ...readinessRoutes, ...repairRoutes, ...safetyRoutes, ...myDataRoutes];

const homeCards = (): HomeCard[] =>
  featureRoutes.flatMap((r) => (r.homeCard ? [{ ...r.homeCard, to: r.path }] : []));

export const routes: RouteDef[] = [
  { path: "/", access: "member", render: () => <HomePage cards={homeCards()} />, nav: { label: "Home", order: 0 } },
  { path: "/welcome", access: "guest", render: () => <WelcomePage /> },
  { path: "/signup", access: "guest", render: () => <SignUpPage /> },
  { path: "/login", access: "guest", render: () => <LogInPage /> },
  // "any": a reset link must work even in a browser where someone is still signed in.
  { path: "/reset-password", access: "any", render: () => <ResetPasswordPage /> },
  { path: "/invite/:code", access: "any", render: (p) => <InvitePage code={p.code ?? ""} /> },
  { path: "/partner", access: "member", render: () => <PartnerPage />, nav: { label: "Partner", order: 90 } },
  { path: "/account", access: "member", render: () => <AccountPage />, nav: { label: "Account", order: 100 } },
  ...featureRoutes,
];

export const navItems = routes
  .flatMap((r) => (r.nav ? [{ to: r.path, ...r.nav }] : []))
  .sort((a, b) => a.order - b.order);
