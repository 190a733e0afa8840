import type { ReactNode } from "react";

/** The ids a field's error and hint get, and the aria-describedby that reads them with it (error first). */
export function messageIds(id: string, error: string | undefined, hint: ReactNode, ...more: (string | undefined)[]) {
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return { errorId, hintId, describedBy: [errorId, hintId, ...more].filter(Boolean).join(" ") || undefined };
}

/** A field's error (marked with "!" for sighted readers) and hint, under the control. */
export function FieldMessages({ id, error, hint }: { id: string; error: string | undefined; hint: ReactNode }) {
  const { errorId, hintId } = messageIds(id, error, hint);
  return (
    <>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
    </>
  );
}

/** An error line under a control or group; its id goes into the control's aria-describedby. */
export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true">! </span>
      {children}
    </p>
  );
}
