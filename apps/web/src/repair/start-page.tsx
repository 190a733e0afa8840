import { NOT_STARTED } from "@attune/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiFailure, asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { Link, navigate, Redirect } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { LinkPartnerFirst } from "../ui/link-partner-first.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { Page } from "../ui/page.tsx";
import { fetchCurrentRepair, startRepair } from "./api.ts";
import { StartForm } from "./start-form.tsx";
import { whenLabel } from "./when-label.ts";
import "./repair.css";

// A partner may start one from their own device while I'm on this page: it arrives as a
// live event (the "repair" area), with a slow poll as the fallback.
const POLL_MS = 8000;

/** /repair: the open conversation if there is one; otherwise a calm start. */
export function RepairStartPage() {
  const me = useMe();
  const partner = me.couple?.partner.displayName ?? null;
  const [failure, setFailure] = useState<string | null>(null);
  const current = useQuery({ queryKey: keys.repairCurrent, queryFn: fetchCurrentRepair, enabled: partner !== null, refetchInterval: POLL_MS });
  const begin = useMutation({
    mutationFn: startRepair,
    onMutate: () => setFailure(null),
    onSuccess: (view) => navigate(`/repair/${view.id}`),
    onError: async (e) => {
      // 409: one is already open (perhaps just started by my partner): look again, and
      // the page goes to it (or says when one may start).
      const open = e instanceof ApiFailure && e.status === 409 ? (await current.refetch()).data : undefined;
      if (!open?.repair && !open?.restartAt) setFailure(asFailure(e).message);
    },
  });

  const openId = current.data?.repair?.id;
  if (openId) return <Redirect to={`/repair/${openId}`} />;
  const restartAt = current.data?.restartAt ?? null;

  return (
    <Page title="Guided repair" lead="After a hard moment, a calm way back to each other: one step at a time, at your own pace." narrow>
      {!partner ? (
        <LinkPartnerFirst>Guided repair is something the two of you do together, so it needs you to be linked with your partner first.</LinkPartnerFirst>
      ) : current.isPending ? (
        <p className="loading">Looking for an open conversation…</p>
      ) : current.isError && !current.data ? (
        <LoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : restartAt ? (
        <section className="card stack" aria-labelledby="rp-wait-title">
          <h2 id="rp-wait-title">Not just yet</h2>
          <p>{NOT_STARTED.again(whenLabel(restartAt))}</p>
          <p>
            <Link to="/library">Practices for the two of you</Link> · <Link to="/help">Confidential help services</Link>
          </p>
        </section>
      ) : (
        <StartForm partner={partner} busy={begin.isPending} failure={failure} onStart={(mode) => begin.mutate(mode)} />
      )}
    </Page>
  );
}
