import { lazy, Suspense, type ReactNode } from "react";
import type { RouteDef } from "../route-def.ts";

// Their own chunk: most people never share with a therapist.
const YourTherapistPage = lazy(async () => ({ default: (await import("./couple/your-therapist-page.tsx")).YourTherapistPage }));
const GrantPage = lazy(async () => ({ default: (await import("./couple/grant-page.tsx")).GrantPage }));
const SeesPage = lazy(async () => ({ default: (await import("./couple/sees-page.tsx")).SeesPage }));
const ClientsPage = lazy(async () => ({ default: (await import("./clinician/clients-page.tsx")).ClientsPage }));
const ClientPage = lazy(async () => ({ default: (await import("./clinician/client-page.tsx")).ClientPage }));
const JoinPage = lazy(async () => ({ default: (await import("./clinician/join-page.tsx")).JoinPage }));

const opening = (page: ReactNode) => <Suspense fallback={<p className="loading">Opening…</p>}>{page}</Suspense>;

/** "any": a couple's link must land for the signed-out (to sign up as a therapist) and explain itself to a partner. */
const joinRoute: RouteDef = { path: "/therapist/join", access: "any", render: () => opening(<JoinPage />) };

/** A partner's screens: Account → Your therapist. */
export const coupleTherapistRoutes: RouteDef[] = [
  { path: "/account/therapist", access: "member", render: () => opening(<YourTherapistPage />) },
  { path: "/account/therapist/:id", access: "member", render: (p) => opening(<GrantPage id={p.id ?? ""} />) },
  { path: "/account/therapist/:id/sees", access: "member", render: (p) => opening(<SeesPage id={p.id ?? ""} />) },
  joinRoute,
];

/** A therapist's screens (their whole app besides Account and Help). */
export const therapistRoutes: RouteDef[] = [
  { path: "/", access: "member", render: () => opening(<ClientsPage />), nav: { label: "Clients", order: 0 } },
  { path: "/therapist/clients/:id", access: "member", render: (p) => opening(<ClientPage id={p.id ?? ""} />) },
  joinRoute,
];
