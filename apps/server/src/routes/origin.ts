import type { FastifyRequest } from "fastify";

/** The origin links are built from: PUBLIC_ORIGIN when set, else the request's own. */
export function originOf(request: FastifyRequest, publicOrigin: string | undefined): string {
  return publicOrigin ?? `${request.protocol}://${request.host}`;
}
