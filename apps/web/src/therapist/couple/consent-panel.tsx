import type { TherapistGrantView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useMe } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { ErrorNotice } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";
import { consentToGrant } from "../api.ts";
import { NeverShared, ScopeList } from "../words.tsx";
import { askedScopes, useGrants } from "./use-grants.ts";

/**
 * The other partner's consent, on their own device: exactly the scopes asked, what is never
 * shared, and the choice. Consenting sends the very scopes shown (the server refuses any other).
 */
export function ConsentPanel({ grant, onDone }: { grant: TherapistGrantView; onDone(news: string): void }) {
  const me = useMe();
  const { update } = useGrants();
  const [later, setLater] = useState(false);
  const asked = askedScopes(grant);
  const consent = useMutation({
    mutationFn: () => consentToGrant(grant.id, asked),
    onSuccess: (next) => {
      update(next);
      onDone(
        next.state === "active"
          ? "Thank you. Sharing has started, and you can stop it at any time."
          : "Thank you. Sharing starts once your therapist has joined.",
      );
    },
  });
  const partner = me.couple?.partner.displayName ?? "Your partner";
  const who = grant.therapist ? `${grant.therapist.displayName} of ${grant.therapist.practiceName}` : "a therapist";
  if (later) return <Notice tone="info">Nothing is shared until you agree. You can come back to this whenever you like.</Notice>;
  return (
    <section className="th-consent stack" aria-labelledby={`th-consent-${grant.id}`}>
      <h3 id={`th-consent-${grant.id}`}>{grant.scopes.length > 0 ? `${partner} would like to share more` : `${partner} would like to share with ${who}`}</h3>
      <p>If you agree, {grant.therapist ? grant.therapist.displayName : "the therapist"} will be able to see:</p>
      <ScopeList scopes={asked} label="What would be shared" />
      <NeverShared />
      <p className="muted">Every time they look, both of you can see it in the access log. Either of you can stop it at any time, alone.</p>
      <ErrorNotice error={consent.error} />
      <div className="actions">
        <Button busy={consent.isPending} busyLabel="Agreeing…" onClick={() => consent.mutate()}>
          Consent
        </Button>
        <Button variant="quiet" onClick={() => setLater(true)}>
          Not now
        </Button>
      </div>
    </section>
  );
}
