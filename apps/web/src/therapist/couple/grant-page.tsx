import { useState } from "react";
import { keys } from "../../data/keys.ts";
import { Link } from "../../router.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { AccessLogList, useAccessLog } from "../access-log.tsx";
import { grantAccessLog } from "../api.ts";
import { ChangeScopes } from "./change-scopes.tsx";
import { ConsentPanel } from "./consent-panel.tsx";
import { GrantCard } from "./grant-card.tsx";
import { RevokeButton } from "./revoke-button.tsx";
import { useGrants } from "./use-grants.ts";
import "../therapist.css";

/** /account/therapist/:id — one grant: consent, what it shares, stop it, and every read the therapist made. */
export function GrantPage({ id }: { id: string }) {
  const { query, grants } = useGrants();
  const [news, setNews] = useState<string | null>(null);
  const grant = grants?.find((g) => g.id === id);
  const log = useAccessLog(keys.therapistGrant(id, "log"), (cursor) => grantAccessLog(id, cursor), Boolean(grant));
  const back = (
    <p>
      <Link to="/account/therapist">← Your therapist</Link>
    </p>
  );
  if (!grant) {
    return (
      <Page title={grants || query.fetchStatus === "idle" ? "We couldn't find this" : "Your therapist"}>
        {back}
        {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {/* Not asking (unlinked) is as good as an answer: it is not theirs. */}
        {grants || query.fetchStatus === "idle" ? (
          <p>This sharing is not one of your couple's. It may belong to a link that ended.</p>
        ) : (
          <p className="loading">Looking…</p>
        )}
      </Page>
    );
  }
  const live = grant.state !== "ended";
  return (
    <Page title={grant.therapist ? `Sharing with ${grant.therapist.displayName}` : "Sharing with a therapist"}>
      {back}
      <Notice tone="success">{news}</Notice>
      <GrantCard grant={grant}>
        {live && !grant.consent.me ? <ConsentPanel grant={grant} onDone={setNews} /> : null}
        {live ? (
          <div className="actions">
            <Link to={`/account/therapist/${grant.id}/sees`} className="button button--secondary">
              What your therapist sees
            </Link>
            <RevokeButton grant={grant} onDone={setNews} />
          </div>
        ) : null}
      </GrantCard>
      {live ? <ChangeScopes key={grant.scopes.join() + grant.pendingScopes.join()} grant={grant} /> : null}
      <section className="card stack" aria-labelledby="th-log-title">
        <h2 id="th-log-title">Access log</h2>
        <p className="muted">Every time your therapist opened or downloaded something. Both of you see this.</p>
        <AccessLogList log={log} empty="Your therapist hasn't looked at anything yet." />
      </section>
    </Page>
  );
}
