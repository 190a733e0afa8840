import type { FastifyReply, FastifyRequest } from "fastify";
import { DEVICE_COOKIE_TTL_MS } from "../domain/device-cookies.ts";

export const DEVICE_COOKIE = "attune_device";
/** Only the sign-in routes read it, so no other request carries it. */
const DEVICE_COOKIE_PATH = "/api/auth";

export function deviceCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies[DEVICE_COOKIE];
}

export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, {
    path: DEVICE_COOKIE_PATH,
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    maxAge: Math.floor(DEVICE_COOKIE_TTL_MS / 1000),
  });
}
