import { asFailure } from "../api/client.ts";
import { Button } from "./button.tsx";
import { Notice } from "./notice.tsx";

/** "We couldn't load this" with a way to ask again: the one shape every screen uses. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  return (
    <Notice tone="error">
      {asFailure(error).message}{" "}
      <Button variant="quiet" onClick={onRetry}>
        Try again
      </Button>
    </Notice>
  );
}

/** A failed mutation or query as one notice, or nothing. */
export function ErrorNotice({ error }: { error: unknown }) {
  return error ? <Notice tone="error">{asFailure(error).message}</Notice> : null;
}
