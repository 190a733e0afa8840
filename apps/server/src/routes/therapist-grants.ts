import {
  accessLogView,
  changeTherapistScopesBody,
  consentTherapistGrantBody,
  createTherapistGrantBody,
  excludableKindSchema,
  exclusionBody,
  exclusionList,
  summaryRangeQuery,
  therapistGrantList,
  therapistGrantView,
  therapistSummaryView,
} from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  changeGrantScopes,
  consentToGrant,
  createGrant,
  excludeEntry,
  grantAccessLog,
  grantExclusions,
  includeEntry,
  listGrants,
  myGrant,
  renewInvite,
  revokeGrant,
  therapistOfGrant,
  ACCESS_PAGE,
  type GrantInContext,
} from "../domain/therapist/grants.ts";
import { readableScopes, grantedScopes } from "../domain/therapist/state.ts";
import { buildSummary } from "../domain/therapist/summary.ts";
import { authOf, type Auth } from "../http/auth.ts";
import { decodeCursor } from "../http/cursor.ts";
import { presentAccessLog, presentExclusions, presentGrant } from "../http/present-therapist.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";
import { originOf } from "./origin.ts";

const tags = ["therapist sharing"];
const exclusionParams = idParams.extend({ kind: excludableKindSchema, entryId: z.string().min(1).max(64) });
const pageQuery = z.object({ before: z.string().max(200).optional() });

/** The couple's side of sharing with a therapist: thin, the domain decides (domain/therapist). */
export const therapistGrantRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, auth } = ctx;
  const view = async (g: GrantInContext, user: Auth["user"], origin: string) => presentGrant(g, user, await therapistOfGrant(deps, g), deps.now(), origin);

  app.post(
    "/therapist-grants",
    {
      preValidation: auth,
      schema: { tags, summary: "Invite a therapist (my consent is given by asking)", body: createTherapistGrantBody, response: { 201: therapistGrantView } },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      const g = await createGrant(deps, user, request.body);
      return reply.status(201).send(await view(g, user, originOf(request, ctx.publicOrigin)));
    },
  );

  app.get(
    "/therapist-grants",
    { preValidation: auth, schema: { tags, summary: "Our couple's therapist grants, ended ones too", response: { 200: therapistGrantList } } },
    async (request) => {
      const { user } = authOf(request);
      const origin = originOf(request, ctx.publicOrigin);
      return { grants: await Promise.all((await listGrants(deps, user)).map((g) => view(g, user, origin))) };
    },
  );

  app.post(
    "/therapist-grants/:id/consent",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "Consent to exactly what is asked now",
        params: idParams,
        body: consentTherapistGrantBody,
        response: { 200: therapistGrantView },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      return view(await consentToGrant(deps, user, request.params.id, request.body.scopes), user, originOf(request, ctx.publicOrigin));
    },
  );

  app.put(
    "/therapist-grants/:id/scopes",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "Change what is shared (narrowing at once; added scopes wait for my partner)",
        params: idParams,
        body: changeTherapistScopesBody,
        response: { 200: therapistGrantView },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      return view(await changeGrantScopes(deps, user, request.params.id, request.body.scopes), user, originOf(request, ctx.publicOrigin));
    },
  );

  app.post(
    "/therapist-grants/:id/revoke",
    {
      preValidation: auth,
      schema: { tags, summary: "End the therapist's access now (either of us, alone)", params: idParams, response: { 200: therapistGrantView } },
    },
    async (request) => {
      const { user } = authOf(request);
      return view(await revokeGrant(deps, user, request.params.id), user, originOf(request, ctx.publicOrigin));
    },
  );

  app.post(
    "/therapist-grants/:id/invite",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "A new invite code for a therapist who has not joined (the old one stops working)",
        params: idParams,
        response: { 200: therapistGrantView },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      return view(await renewInvite(deps, user, request.params.id), user, originOf(request, ctx.publicOrigin));
    },
  );

  app.get(
    "/therapist-grants/:id/access-log",
    {
      preValidation: auth,
      schema: { tags, summary: "Every read by the therapist, newest first", params: idParams, querystring: pageQuery, response: { 200: accessLogView } },
    },
    async (request) => {
      const entries = await grantAccessLog(deps, authOf(request).user, request.params.id, decodeCursor(request.query.before, "time"));
      return presentAccessLog(entries, ACCESS_PAGE);
    },
  );

  app.get(
    "/therapist-grants/:id/exclusions",
    { preValidation: auth, schema: { tags, summary: "Entries hidden from the therapist", params: idParams, response: { 200: exclusionList } } },
    async (request) => {
      const { user } = authOf(request);
      return presentExclusions(await grantExclusions(deps, user, request.params.id), user);
    },
  );

  app.post(
    "/therapist-grants/:id/exclusions",
    {
      preValidation: auth,
      schema: { tags, summary: "Hide one of our entries from the therapist", params: idParams, body: exclusionBody, response: { 201: exclusionList } },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      const list = await excludeEntry(deps, user, request.params.id, request.body.kind, request.body.entryId);
      return reply.status(201).send(presentExclusions(list, user));
    },
  );

  app.delete(
    "/therapist-grants/:id/exclusions/:kind/:entryId",
    { preValidation: auth, schema: { tags, summary: "Show a hidden entry to the therapist again", params: exclusionParams } },
    async (request, reply) => {
      await includeEntry(deps, authOf(request).user, request.params.id, request.params.kind, request.params.entryId);
      return reply.status(204).send();
    },
  );

  app.get(
    "/therapist-grants/:id/summary",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "What the therapist would see for this range (not logged as their read)",
        params: idParams,
        querystring: summaryRangeQuery,
        response: { 200: therapistSummaryView },
      },
    },
    async (request) => {
      const g = await myGrant(deps, authOf(request).user, request.params.id);
      // What they see now when active; before that, what they would see once both said yes.
      const active = readableScopes(g.grant, deps.now(), g.couple);
      const scopes = active.length ? active : grantedScopes(g.grant, g.couple).length ? grantedScopes(g.grant, g.couple) : g.grant.askedScopes;
      return buildSummary(deps, g, scopes, request.query);
    },
  );
};
