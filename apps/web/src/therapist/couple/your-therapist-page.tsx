import { useState } from "react";
import { Link } from "../../router.tsx";
import { useMe } from "../../session/session.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { NeverShared } from "../words.tsx";
import { ConsentPanel } from "./consent-panel.tsx";
import { GrantCard } from "./grant-card.tsx";
import { InviteForm } from "./invite-form.tsx";
import { useGrants } from "./use-grants.ts";
import "../therapist.css";

/** /account/therapist: the couple's therapist grants, the other partner's consent, and a new invite. */
export function YourTherapistPage() {
  const me = useMe();
  const { query, grants } = useGrants();
  const [news, setNews] = useState<string | null>(null);
  const lead = "Bring your own therapist in, on your terms. Nothing is shared until both of you agree, and either of you can stop it at any time.";
  if (!me.couple) {
    return (
      <Page title="Your therapist" lead={lead}>
        <div className="card stack">
          <p>Sharing with a therapist is something the two of you decide together, so it starts once you're linked.</p>
          <NeverShared />
          <p>
            <Link to="/partner">Link with your partner</Link>
          </p>
        </div>
      </Page>
    );
  }
  const open = grants?.filter((g) => g.state !== "ended") ?? [];
  const ended = grants?.filter((g) => g.state === "ended") ?? [];
  return (
    <Page title="Your therapist" lead={lead}>
      <p>
        <Link to="/account">← Your account</Link>
      </p>
      <Notice tone="success">{news}</Notice>
      {query.error && !grants ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {!grants && !query.error ? <p className="loading">Looking…</p> : null}
      {open.map((grant) => (
        <GrantCard key={grant.id} grant={grant}>
          {grant.consent.me ? null : <ConsentPanel grant={grant} onDone={setNews} />}
          <p>
            <Link to={`/account/therapist/${grant.id}`}>Access log, what they see, and choices</Link>
          </p>
        </GrantCard>
      ))}
      {grants ? <InviteForm /> : null}
      {ended.length > 0 ? (
        <section className="stack" aria-labelledby="th-ended-title">
          <h2 id="th-ended-title">Ended</h2>
          {ended.map((grant) => (
            <GrantCard key={grant.id} grant={grant}>
              <p>
                <Link to={`/account/therapist/${grant.id}`}>See its access log</Link>
              </p>
            </GrantCard>
          ))}
        </section>
      ) : null}
    </Page>
  );
}
