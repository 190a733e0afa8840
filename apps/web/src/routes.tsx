import type { RouteDef } from "./route-def.ts";
export type { RouteDef };
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
import { MorePage } from "./shell/more-page.tsx";
import { temperatureRoutes } from "./temperature/routes.tsx";

/** Every screen of the app, in one table (the shape of an entry is in route-def.ts). */

/** Feature routes (check-in, timeline, daily question…) go in this list. */
const featureRoutes: RouteDef[] = [...loopRoutes, ...libraryRoutes, ...partnerMapRoutes, ...readinessRoutes, ...repairRoutes, ...temperatureRoutes, ...safetyRoutes, ...myDataRoutes];

const homeCards = (): HomeCard[] =>
  featureRoutes.flatMap((r) => (r.homeCard ? [{ ...r.homeCard, to: r.path }] : []));

export const routes: RouteDef[] = [
  { path: "/", access: "member", render: () => <HomePage cards={homeCards()} />, nav: { label: "Today", order: 0 } },
  // Phones: every screen without a tab of its own in the bottom bar (shell/tabs.ts).
  { path: "/more", access: "member", render: () => <MorePage links={navItems} /> },
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
