import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import { HELP_DIRECTORY, type HelpDirectory } from "@attune/shared";
import type { DomainDeps } from "./domain/deps.ts";
import type { Mailer } from "./domain/password-reset.ts";
import { requireAuth } from "./http/auth.ts";
import { installCsrfGuard } from "./http/csrf.ts";
import { installErrorHandling } from "./http/errors.ts";
import { loggerOptions } from "./http/logging.ts";
import { installNulGuard } from "./http/nul-guard.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { compiledSerializerCompiler } from "./http/serialize.ts";
import { databaseRateLimitStore } from "./http/rate-limit-store.ts";
import { serveWebApp } from "./http/static-web.ts";
import { authRoutes } from "./routes/auth.ts";
import { passwordResetRoutes } from "./routes/password-reset.ts";
import type { RouteContext } from "./routes/context.ts";
import { checkinRoutes } from "./routes/checkins.ts";
import { coupleRoutes } from "./routes/couple.ts";
import { dailyQuestionRoutes } from "./routes/daily-question.ts";
import { eventRoutes } from "./routes/events.ts";
import { libraryRoutes } from "./routes/library.ts";
import { partnerMapRoutes } from "./routes/partner-map.ts";
import { readinessRoutes } from "./routes/readiness.ts";
import { insightRoutes } from "./routes/insights.ts";
import { repairRoutes } from "./routes/repair.ts";
import { momentRoutes } from "./routes/moments.ts";
import { todayRoutes } from "./routes/today.ts";
import { temperatureRoutes } from "./routes/temperature.ts";
import { healthRoutes } from "./routes/health.ts";
import { helpRoutes } from "./routes/help.ts";
import { meRoutes } from "./routes/me.ts";
import { myDataRoutes } from "./routes/my-data.ts";
import { replyRoutes } from "./routes/replies.ts";
import { pushRoutes } from "./routes/push.ts";
import { therapistClientRoutes } from "./routes/therapist-clients.ts";
import { therapistGrantRoutes } from "./routes/therapist-grants.ts";
import { createPushService, type PushOptions, type PushService } from "./push/service.ts";

declare module "fastify" {
  interface FastifyInstance {
    apiRoutes: { method: string; url: string }[];
    /** Web Push: hears every couple event and sends the partner's notifications. */
    push: PushService;
  }
}

export interface AppOptions {
  deps: DomainDeps;
  logLevel?: string;
  logStream?: DestinationStream;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string;
  publicOrigin?: string;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS termination). */
  trustProxy?: boolean;
  authAttemptsPerMinute?: number;
  /** Per-IP limit for looking up and accepting invite codes, per minute (codes must not be guessable). */
  inviteAttemptsPerMinute?: number;
  /** Help services to show (ours, or merged with an operator's file); ours when omitted. */
  helpDirectory?: HelpDirectory;
  /** Sends password-reset emails (SMTP_URL); without one, the operator issues reset codes. */
  mailer?: Mailer;
  /** Largest accepted request body; larger ones get 413. */
  bodyLimit?: number;
  /** Web Push keys and test switches (docs/notifications.md). */
  push?: PushOptions;
}

/** Builds the Fastify app; no port is opened (tests call `app.inject`). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "info", options.logStream),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    // The router refuses a malformed or over-long URL before any hook runs: answer in the
    // documented error shape too, without echoing the URL (Fastify's default does).
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      void reply.status(error.statusCode ?? 400).send({ error: { code: "bad_request", message: "The address of this request is not valid." } });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler);
  app.decorateRequest("auth", null);
  // Accept an empty body on JSON requests (a DELETE or a bodiless POST from fetch).
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, text, done) => {
    const raw = typeof text === "string" ? text : text.toString("utf8");
    if (raw.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(raw));
    } catch {
      const error = Object.assign(new Error("invalid JSON"), { statusCode: 400, code: "FST_ERR_CTP_INVALID_JSON_BODY" });
      done(error, undefined);
    }
  });

  installErrorHandling(app);
  installSecurityHeaders(app);
  await app.register(fastifyCookie);
  // Counted in the database: several instances on one PostgreSQL share one limit.
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(options.deps.store.rateLimits, options.deps.now) });
  installCsrfGuard(app);
  installNulGuard(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Attune API", version: "0.1.0", description: "Private by design: every route checks the couple and the author." },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "attune_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    // Its default CSP asks browsers to fetch everything over https, which leaves the docs
    // blank when opened by a plain-http LAN address; our own pages never send that directive.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/g, ""),
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  // Every API route, recorded so the authorization matrix can prove it covers them all.
  const apiRoutes: { method: string; url: string }[] = [];
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (route.url.startsWith("/api/") && method !== "HEAD") apiRoutes.push({ method, url: route.url });
  });
  app.decorate("apiRoutes", apiRoutes);

  const push = createPushService(options.deps, { warn: (message) => app.log.warn(message), ...options.push });
  app.decorate("push", push);
  const stopPush = options.deps.events.subscribeAll((event) => push.onEvent(event));
  app.addHook("onClose", async () => {
    stopPush();
    await push.idle();
  });

  const ctx: RouteContext = {
    deps: options.deps,
    auth: requireAuth(options.deps),
    publicOrigin: options.publicOrigin,
    authAttemptsPerMinute: options.authAttemptsPerMinute ?? 30,
    inviteAttemptsPerMinute: options.inviteAttemptsPerMinute ?? 20,
    mailer: options.mailer,
  };
  await app.register(
    async (api) => {
      await api.register(healthRoutes, ctx);
      await api.register(helpRoutes, { ...ctx, help: options.helpDirectory ?? HELP_DIRECTORY });
      await api.register(authRoutes, ctx);
      await api.register(passwordResetRoutes, ctx);
      await api.register(meRoutes, ctx);
      await api.register(myDataRoutes, ctx);
      await api.register(coupleRoutes, ctx);
      await api.register(checkinRoutes, ctx);
      await api.register(replyRoutes, ctx);
      await api.register(dailyQuestionRoutes, ctx);
      await api.register(eventRoutes, ctx);
      await api.register(partnerMapRoutes, ctx);
      await api.register(readinessRoutes, ctx);
      await api.register(libraryRoutes, ctx);
      await api.register(repairRoutes, ctx);
      await api.register(insightRoutes, ctx);
      await api.register(pushRoutes, { ...ctx, push });
      await api.register(todayRoutes, ctx);
      await api.register(momentRoutes, ctx);
      await api.register(temperatureRoutes, ctx);
      await api.register(therapistGrantRoutes, ctx);
      await api.register(therapistClientRoutes, ctx);
    },
    { prefix: "/api" },
  );

  if (options.webDist) await serveWebApp(app, options.webDist);
  return app;
}
