/**
 * What every API answer must look like, whatever was sent: never a 5xx, a refusal is
 * the documented JSON error shape, and nothing reveals the server's insides.
 */

/** Text that only a stack trace or an internal path would put in a response or a log. */
const STACK_TRACE = /\n\s+at |\bat [\w.<>]+ \(|node:internal|node_modules|\/apps\/server\/|\.ts:\d+:\d+|\.js:\d+:\d+/;

export const looksLikeStackTrace = (text: string): boolean => STACK_TRACE.test(text);

export interface SeenResponse {
  status: number;
  contentType: string | undefined;
  text: string;
}

/** The problems with one response (an empty list when it is acceptable). */
export function responseProblems(res: SeenResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`status ${res.status}`);
  if (looksLikeStackTrace(res.text)) problems.push("stack trace or internal path in the body");
  if (res.status >= 400) {
    if (!res.contentType?.startsWith("application/json")) problems.push(`error with content-type ${res.contentType ?? "none"}`);
    else if (!isErrorBody(safeParse(res.text))) problems.push("error body is not {error:{code,message}}");
  }
  return problems;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isErrorBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === "string" && code.length > 0 && typeof message === "string" && message.length > 0;
}
