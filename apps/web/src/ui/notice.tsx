import type { ReactNode } from "react";

/**
 * A message in a live region. Errors use role="alert" (read at once); other news uses
 * role="status" (read when the reader is idle). Render the region even when empty so
 * screen readers notice the change of content. `id` lets a field point at it
 * (aria-describedby).
 */
export function Notice({ tone, id, children }: { tone: "info" | "success" | "error"; id?: string; children?: ReactNode }) {
  const role = tone === "error" ? "alert" : "status";
  return (
    <div id={id} role={role} className={children ? `notice notice--${tone}` : "notice notice--empty"}>
      {children}
    </div>
  );
}
