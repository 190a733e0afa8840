import type { RouteDef } from "./route-def.ts";
export type { RouteDef };
import { AccountPage } from "./pages/account/account-page.tsx";
import { HomePage, type HomeCard } from "./pages/home.tsx";
import { InvitePage } from "./pages/invite/invite-page.tsx";
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
import { insightRoutes } from "./insights/routes.tsx";
import { pushRoutes } from "./push/routes.tsx";
import { MorePage } from "./shell/more-page.tsx";
import { temperatureRoutes } from "./temperature/routes.tsx";
import { coupleTherapistRoutes, therapistRoutes } from "./therapist/routes.tsx";
import type { MeView } from "@attune/shared";
import { isTherapist } from "./session/role.ts";

/** Every screen of the app, in one table (the shape of an entry is in route-def.ts). */

/** Feature routes (check-in, timeline, daily question…) go in this list. */
const featureRoutes: RouteDef[] = [
  ...loopRoutes,
  ...libraryRoutes,
  ...partnerMapRoutes,
  ...readinessRoutes,
  ...repairRoutes,
  ...temperatureRoutes,
  ...safetyRoutes,
  ...myDataRoutes,
  ...insightRoutes,
  ...pushRoutes,
  ...coupleTherapistRoutes,
];

const homeCards = (): HomeCard[] => featureRoutes.flatMap((r) => (r.homeCard ? [{ ...r.homeCard, to: r.path }] : []));

// Signing up, logging in and resetting a password: the same for everyone.
const guestRoutes: RouteDef[] = [
  { path: "/welcome", access: "guest", render: () => <WelcomePage /> },
  { path: "/signup", access: "guest", render: () => <SignUpPage /> },
  { path: "/login", access: "guest", render: () => <LogInPage /> },
  // "any": a reset link must work even in a browser where someone is still signed in.
  { path: "/reset-password", access: "any", render: () => <ResetPasswordPage /> },
];
const accountRoute: RouteDef = { path: "/account", access: "member", render: () => <AccountPage />, nav: { label: "Account", order: 100 } };

export const routes: RouteDef[] = [
  { path: "/", access: "member", render: () => <HomePage cards={homeCards()} />, nav: { label: "Today", order: 0 } },
  // Phones: every screen without a tab of its own in the bottom bar (shell/tabs.ts).
  { path: "/more", access: "member", render: () => <MorePage links={navItems} /> },
  ...guestRoutes,
  { path: "/invite/:code", access: "any", render: (p) => <InvitePage code={p.code ?? ""} /> },
  { path: "/partner", access: "member", render: () => <PartnerPage />, nav: { label: "Partner", order: 90 } },
  accountRoute,
  ...featureRoutes,
];

/**
 * A therapist's whole app: their clients, their account and help. None of the partner
 * screens exist for them (the server refuses them too).
 */
export const therapistAppRoutes: RouteDef[] = [...therapistRoutes, ...guestRoutes, accountRoute, ...myDataRoutes, ...safetyRoutes];

const navOf = (table: RouteDef[]) => table.flatMap((r) => (r.nav ? [{ to: r.path, ...r.nav }] : [])).sort((a, b) => a.order - b.order);

export const navItems = navOf(routes);
export const therapistNavItems = navOf(therapistAppRoutes);

/** The screens of whoever is signed in (everyone signed out sees the partner table's guest screens). */
export const routesFor = (me: MeView | null): RouteDef[] => (me && isTherapist(me) ? therapistAppRoutes : routes);
export const navItemsFor = (me: MeView | null) => (me && isTherapist(me) ? therapistNavItems : navItems);
