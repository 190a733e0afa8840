import type { ReactNode } from "react";
import { Link } from "../router.tsx";
import { Button } from "./button.tsx";
import { ErrorNotice } from "./load-error.tsx";

export interface AcceptActionsProps {
  /** the accept button's text */
  children: ReactNode;
  busy: boolean;
  busyLabel: string;
  error: unknown;
  onAccept(): void;
}

/** An invitation's answer: accept (with why it failed, if it did) or "Not now", back home. */
export function AcceptActions({ children, busy, busyLabel, error, onAccept }: AcceptActionsProps) {
  return (
    <>
      <ErrorNotice error={error} />
      <div className="actions">
        <Button busy={busy} busyLabel={busyLabel} onClick={onAccept}>
          {children}
        </Button>
        <Link to="/" className="button button--quiet">
          Not now
        </Link>
      </div>
    </>
  );
}
