import { apiError, CSRF_HEADER } from "@attune/shared";
import type { z } from "zod";

/**
 * The one way the web app talks to the API. Cookies are same-origin (the session cookie
 * is HttpOnly, so we never see it); every state-changing request carries the CSRF
 * header the server requires. Success bodies are checked against the shared zod schema,
 * so a drift between server and app fails loudly here, not deep in a component.
 */

export { CSRF_HEADER };

/** A failed request, in the server's error shape. `status` 0 means the network failed. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiFailure";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const unauthenticatedListeners = new Set<() => void>();

/** Called whenever the server says the session is gone (ended elsewhere, expired). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers[CSRF_HEADER] = "1";
  if (body !== undefined) headers["content-type"] = "application/json";
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiFailure(0, "network", "We couldn't reach Attune. Check your connection and try again.");
  }
}

async function failureOf(res: Response): Promise<ApiFailure> {
  let parsed: unknown;
  try {
    parsed = await res.json();
  } catch {
    parsed = undefined;
  }
  const shaped = apiError.safeParse(parsed);
  if (shaped.success) {
    const { code, message, field } = shaped.data.error;
    return new ApiFailure(res.status, code, message, field);
  }
  return new ApiFailure(res.status, "internal", "Something went wrong on our side. Please try again in a moment.");
}

/** A request whose success has a JSON body matching `schema`. */
export async function call<S extends z.ZodType>(method: Method, path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
  const res = await send(method, path, body);
  if (!res.ok) throw await reported(res);
  const data: unknown = await res.json();
  const checked = schema.safeParse(data);
  if (!checked.success) {
    throw new ApiFailure(res.status, "unexpected_response", "Attune answered in a way this page doesn't understand. Please reload.");
  }
  return checked.data;
}

/** A request whose success has no body we need (204 and friends). */
export async function callVoid(method: Method, path: string, body?: unknown): Promise<void> {
  const res = await send(method, path, body);
  if (!res.ok) throw await reported(res);
}

async function reported(res: Response): Promise<ApiFailure> {
  const failure = await failureOf(res);
  if (failure.status === 401 && failure.code === "unauthenticated") {
    for (const listener of unauthenticatedListeners) listener();
  }
  return failure;
}

/** Anything thrown → an ApiFailure, so UI code can show one kind of error. */
export function asFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  return new ApiFailure(0, "internal", "Something unexpected happened. Please try again.");
}
