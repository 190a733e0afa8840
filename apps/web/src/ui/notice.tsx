import type { ReactNode } from "react";

/**
 * A message in a live region. Errors use role="alert" (read at once); other news uses
 * role="status" (read when the reader is idle). Render the region even when empty so
 * screen readers notice the change of content.
 */
export function Notice({ tone, children }: { tone: "info" | "success" | "error"; children?: ReactNode }) {
  const role = tone === "error" ? "alert" : "status";
  return (
    <div role={role} className={children ? `notice notice--${tone}` : "notice notice--empty"}>
      {children}
    </div>
  );
}
