import type { TherapistClientView } from "@attune/shared";
import { Link } from "../../router.tsx";
import { useMe } from "../../session/session.tsx";
import { longDate } from "../../ui/format.ts";
import { LoadError } from "../../ui/load-error.tsx";
import { Page } from "../../ui/page.tsx";
import { NotVerified, scopeTitles } from "../words.tsx";
import { JoinForm } from "./join-form.tsx";
import { useClients } from "./use-clients.ts";
import "../therapist.css";

/** A therapist's home: the couples who brought them in, and a way to join another. */
export function ClientsPage() {
  const me = useMe();
  const clients = useClients();
  return (
    <Page title="Your clients" lead={`Hello, ${me.user.displayName}. You see only what each couple chose to share, for as long as both of them agree.`}>
      <NotVerified />
      {clients.error && !clients.data ? <LoadError error={clients.error} onRetry={() => void clients.refetch()} /> : null}
      {clients.isPending ? <p className="loading">Looking…</p> : null}
      {clients.data?.length === 0 ? <p className="card">No couples yet. When a couple sends you a code or a link, use it below.</p> : null}
      {clients.data && clients.data.length > 0 ? (
        <ul className="cards th-clients">
          {clients.data.map((c) => (
            <ClientItem key={c.grantId} client={c} />
          ))}
        </ul>
      ) : null}
      <JoinForm />
    </Page>
  );
}

const CLIENT_STATE_TEXT = {
  waiting_for_therapist: "Waiting for you to join",
  waiting_for_consent: "Waiting for both partners to agree",
  active: "Sharing with you",
  ended: "Access ended",
} as const;

function ClientItem({ client }: { client: TherapistClientView }) {
  if (client.state === "ended") {
    return (
      <li className="card th-client th-client--ended">
        <h2 className="th-client__name">{client.coupleName}</h2>
        <p>Access ended{client.endedAt ? ` on ${longDate(client.endedAt)}` : ""}.</p>
      </li>
    );
  }
  return (
    <li className="card card--link th-client">
      <h2 className="th-client__name">
        {client.state === "active" ? <Link to={`/therapist/clients/${client.grantId}`}>{client.coupleName}</Link> : client.coupleName}
      </h2>
      <p className={`badge th-state th-state--${client.state}`}>{CLIENT_STATE_TEXT[client.state]}</p>
      <p className="muted">
        Since {longDate(client.since)}
        {client.endsOn ? ` · until ${longDate(client.endsOn)}` : ""}
        {client.scopes.length > 0 ? ` · ${scopeTitles(client.scopes)}` : ""}
      </p>
    </li>
  );
}
