import type { ReactNode } from "react";
import { Link } from "../router.tsx";

/** A screen that needs a partner, for someone not linked yet: why, and the way to link. */
export function LinkPartnerFirst({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="card stack">
      {title ? <h2>{title}</h2> : null}
      <p>{children}</p>
      <p>
        <Link to="/partner" className="button button--primary">
          Link with your partner
        </Link>
      </p>
    </section>
  );
}
