import type { FastifyServerOptions } from "fastify";
import type { DestinationStream } from "pino";

/**
 * Logs say what happened, never what anyone wrote: bodies are never logged, cookies and
 * tokens are redacted, and invite codes are cut out of URLs.
 */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "*.password", "*.token"],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** The path as the router reads it: percent-escapes decoded (a bad escape is left as it is). */
function decodedPath(path: string): string {
  return path.replace(/(%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * Removes secrets that travel in paths (invite codes) and every query string. Decided on
 * the decoded path, since the router decodes "/api/invit%65s/CODE" to the invite route.
 */
export function redactUrl(url: string): string {
  const path = decodedPath(url.split("?")[0] ?? url);
  return path.replace(/\/invites\/(?!current\b)[^/]+/i, "/invites/:code").replace(/\/invite\/[^/]+/i, "/invite/:code");
}
