import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { navigate } from "../../router.tsx";
import { AcceptActions } from "../../ui/accept-actions.tsx";
import { dateTime } from "../../ui/format.ts";
import { LoadError } from "../../ui/load-error.tsx";
import { OpeningPage } from "../../ui/opening-page.tsx";
import { Page } from "../../ui/page.tsx";
import { joinAsTherapist, previewTherapistInvite } from "../api.ts";
import { NeverShared, ScopeList } from "../words.tsx";
import { JoinForm } from "./join-form.tsx";

/** Who invites the therapist and what they would share, before anything is joined; then Join. */
export function JoinPreview({ code }: { code: string }) {
  const client = useQueryClient();
  const preview = useQuery({ queryKey: keys.therapistInvite(code), queryFn: () => previewTherapistInvite(code), retry: false });
  const join = useMutation({
    mutationFn: () => joinAsTherapist(code),
    onSuccess: async (joined) => {
      await client.invalidateQueries({ queryKey: keys.therapistClients });
      navigate(joined.state === "active" ? `/therapist/clients/${joined.grantId}` : "/");
    },
  });
  if (preview.error) {
    return (
      <Page title="We couldn't open this invite" narrow>
        <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
        <p>Ask the couple for a new code; it takes them a moment.</p>
        <JoinForm />
      </Page>
    );
  }
  if (!preview.data) {
    return <OpeningPage title="Opening the invite…" />;
  }
  const p = preview.data;
  return (
    <Page title={`${p.coupleName} invited you`} lead={`Invited ${dateTime(p.invitedAt)}. You'll see what they share once both partners have agreed.`} narrow>
      <div className="card stack">
        <h2>They would share</h2>
        <ScopeList scopes={p.scopes} />
        <NeverShared />
        <p className="muted">Every time you open something, the couple sees it in their access log. Either partner can end your access at any time.</p>
        <AcceptActions busy={join.isPending} busyLabel="Joining…" error={join.error} onAccept={() => join.mutate()}>
          Join as their therapist
        </AcceptActions>
      </div>
    </Page>
  );
}
