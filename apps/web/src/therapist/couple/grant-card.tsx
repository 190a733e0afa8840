import type { TherapistGrantView } from "@attune/shared";
import type { ReactNode } from "react";
import { useMe } from "../../session/session.tsx";
import { longDate } from "../../ui/format.ts";
import { END_TEXT, NotVerified, ScopeList, STATE_TEXT, scopeTitles } from "../words.tsx";
import { InviteCode } from "./invite-code.tsx";
import { askedScopes } from "./use-grants.ts";

/** One grant as the couple sees it: who, its state, who agreed, what it shares. */
export function GrantCard({ grant, children }: { grant: TherapistGrantView; children?: ReactNode }) {
  const me = useMe();
  const partner = me.couple?.partner.displayName ?? "Your partner";
  const title = grant.therapist ? `${grant.therapist.displayName}, ${grant.therapist.practiceName}` : "A therapist you invited";
  return (
    <article className="card stack th-grant" aria-labelledby={`th-grant-${grant.id}`} data-state={grant.state}>
      <h2 id={`th-grant-${grant.id}`}>{title}</h2>
      {grant.therapist ? <NotVerified /> : null}
      <p className={`badge th-state th-state--${grant.state}`}>{STATE_TEXT[grant.state]}</p>
      {grant.ended ? (
        <p>
          Access {END_TEXT[grant.ended.reason]}
          {grant.ended.reason === "revoked" ? (grant.ended.byMe ? " by you" : ` by ${partner}`) : ""} on {longDate(grant.ended.at)}.
        </p>
      ) : (
        <>
          <p>
            {grant.consent.me ? "You agreed" : "You haven't agreed yet"} · {partner} {grant.consent.partner ? "agreed" : "hasn't agreed yet"}
            {grant.endsOn ? ` · until ${longDate(grant.endsOn)}` : ""}
          </p>
          {grant.state === "active" ? (
            <>
              <p>Shared now:</p>
              <ScopeList scopes={grant.scopes} label="Shared now" />
              {grant.pendingScopes.length > 0 ? <p className="muted">Waiting for both of you to agree: {scopeTitles(grant.pendingScopes)}.</p> : null}
            </>
          ) : grant.consent.me ? (
            // Until I agree, the consent panel below lists what is asked; once is enough.
            <>
              <p>To be shared, once everyone agrees:</p>
              <ScopeList scopes={askedScopes(grant)} label="To be shared" />
            </>
          ) : null}
          {grant.invite ? <InviteCode grantId={grant.id} invite={grant.invite} /> : null}
        </>
      )}
      {children}
    </article>
  );
}
