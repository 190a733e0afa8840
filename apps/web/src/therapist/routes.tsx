import type { RouteDef } from "../route-def.ts";
import { lazyScreen } from "../ui/lazy-screen.tsx";

// Their own chunks: most people never share with a therapist.
const YourTherapistPage = lazyScreen(async () => (await import("./couple/your-therapist-page.tsx")).YourTherapistPage);
const GrantPage = lazyScreen(async () => (await import("./couple/grant-page.tsx")).GrantPage);
const SeesPage = lazyScreen(async () => (await import("./couple/sees-page.tsx")).SeesPage);
const ClientsPage = lazyScreen(async () => (await import("./clinician/clients-page.tsx")).ClientsPage);
const ClientPage = lazyScreen(async () => (await import("./clinician/client-page.tsx")).ClientPage);
const JoinPage = lazyScreen(async () => (await import("./clinician/join-page.tsx")).JoinPage);

/** "any": a couple's link must land for the signed-out (to sign up as a therapist) and explain itself to a partner. */
const joinRoute: RouteDef = { path: "/therapist/join", access: "any", render: () => <JoinPage /> };

/** A partner's screens: Account → Your therapist. */
export const coupleTherapistRoutes: RouteDef[] = [
  { path: "/account/therapist", access: "member", render: () => <YourTherapistPage /> },
  { path: "/account/therapist/:id", access: "member", render: (p) => <GrantPage id={p.id ?? ""} /> },
  { path: "/account/therapist/:id/sees", access: "member", render: (p) => <SeesPage id={p.id ?? ""} /> },
  joinRoute,
];

/** A therapist's screens (their whole app besides Account and Help). */
export const therapistRoutes: RouteDef[] = [
  { path: "/", access: "member", render: () => <ClientsPage />, nav: { label: "Clients", order: 0 } },
  { path: "/therapist/clients/:id", access: "member", render: (p) => <ClientPage id={p.id ?? ""} /> },
  joinRoute,
];
