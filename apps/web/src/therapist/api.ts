import {
  accessLogView,
  exclusionList,
  therapistClientList,
  therapistClientView,
  therapistGrantList,
  therapistGrantView,
  therapistScopeSchema,
  therapistSummaryView,
  type CreateTherapistGrantBody,
  type exclusionView,
  type TherapistScope,
} from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/** Sharing with a therapist: the couple's routes and the therapist's, typed by the shared contract. */

const enc = encodeURIComponent;
const range = (from: string, to: string) => `from=${enc(from)}&to=${enc(to)}`;
export type ExcludableKind = z.infer<typeof exclusionView>["kind"];

// ── The couple's side ──
export const listGrants = async () => (await call("GET", "/api/therapist-grants", therapistGrantList)).grants;
export const createGrant = (body: CreateTherapistGrantBody) => call("POST", "/api/therapist-grants", therapistGrantView, body);
export const consentToGrant = (id: string, scopes: TherapistScope[]) =>
  call("POST", `/api/therapist-grants/${enc(id)}/consent`, therapistGrantView, { scopes });
export const changeGrantScopes = (id: string, scopes: TherapistScope[]) =>
  call("PUT", `/api/therapist-grants/${enc(id)}/scopes`, therapistGrantView, { scopes });
/** A new code for a therapist who has not joined; the old one stops working. */
export const renewInvite = (id: string) => call("POST", `/api/therapist-grants/${enc(id)}/invite`, therapistGrantView);
export const revokeGrant = (id: string) => call("POST", `/api/therapist-grants/${enc(id)}/revoke`, therapistGrantView);
const before = (cursor: string | null) => (cursor ? `?before=${enc(cursor)}` : "");
export const grantAccessLog = (id: string, cursor: string | null) => call("GET", `/api/therapist-grants/${enc(id)}/access-log${before(cursor)}`, accessLogView);
export const grantExclusions = async (id: string) => (await call("GET", `/api/therapist-grants/${enc(id)}/exclusions`, exclusionList)).exclusions;
export const excludeEntry = (id: string, kind: ExcludableKind, entryId: string) =>
  callVoid("POST", `/api/therapist-grants/${enc(id)}/exclusions`, { kind, entryId });
export const includeEntry = (id: string, kind: ExcludableKind, entryId: string) =>
  callVoid("DELETE", `/api/therapist-grants/${enc(id)}/exclusions/${enc(kind)}/${enc(entryId)}`);
/** What the therapist would see for this range (not logged as a therapist's read). */
export const grantSummary = (id: string, from: string, to: string) =>
  call("GET", `/api/therapist-grants/${enc(id)}/summary?${range(from, to)}`, therapistSummaryView);

// ── The therapist's side ──
export const invitePreview = z.object({ coupleName: z.string(), scopes: z.array(therapistScopeSchema), invitedAt: z.string() });
export type TherapistInvitePreview = z.infer<typeof invitePreview>;
export const previewTherapistInvite = (code: string) => call("GET", `/api/therapist/invites/${enc(code)}`, invitePreview);
export const joinAsTherapist = (code: string) => call("POST", "/api/therapist/join", therapistClientView, { code });
export const listClients = async () => (await call("GET", "/api/therapist/clients", therapistClientList)).clients;
export const clientSummary = (id: string, from: string, to: string) =>
  call("GET", `/api/therapist/clients/${enc(id)}/summary?${range(from, to)}`, therapistSummaryView);
/** The same summary as a file; the server logs it as a JSON download. */
export const clientSummaryJson = (id: string, from: string, to: string) =>
  call("GET", `/api/therapist/clients/${enc(id)}/summary?${range(from, to)}&format=json`, therapistSummaryView);
export const clientAccessLog = (id: string, cursor: string | null) =>
  call("GET", `/api/therapist/clients/${enc(id)}/access-log${before(cursor)}`, accessLogView);
