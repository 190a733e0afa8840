import { asFailure } from "../api/client.ts";
import { Link } from "../router.tsx";
import { SafetyGate } from "../safety/safety-gate.tsx";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { ReadingHistory } from "./history.tsx";
import { ReadingFlow } from "./reading-flow.tsx";
import { StartCard } from "./start-card.tsx";
import { useCurrentReading } from "./use-temperature.ts";
import "./temperature.css";

/**
 * The Daily Temperature Reading. A complaint is part of it, so the private safety check
 * comes first, each time, before starting or joining.
 */
export function TemperaturePage() {
  const me = useMe();
  const actions = useCurrentReading();
  const lead = "A short ritual for two from family therapist Virginia Satir: warm things first, a complaint only as a request, and a hope to end on.";
  if (!me.couple) {
    return (
      <Page title="Temperature reading" lead={lead}>
        <p>
          It's for two. <Link to="/partner">Link with your partner</Link> to begin.
        </p>
      </Page>
    );
  }
  const partnerName = me.couple.partner.displayName;
  const { current } = actions;
  return (
    <Page title="Temperature reading" lead={lead}>
      {current.error ? (
        <Notice tone="error">
          {asFailure(current.error).message}{" "}
          <Button variant="quiet" onClick={() => void current.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : current.isPending ? (
        <p className="loading">Opening…</p>
      ) : (
        <SafetyGate notNowTo="/">
          {current.data ? (
            <>
              {current.data.startedBy !== me.user.id && current.data.entries.length === 0 ? (
                <p>
                  {partnerName} started a reading {current.data.mode === "together" ? "to do together" : "for each of you on your own"}.
                </p>
              ) : null}
              <ReadingFlow reading={current.data} myId={me.user.id} partnerName={partnerName} seed={me.couple.id} actions={actions} />
            </>
          ) : (
            <StartCard partnerName={partnerName} actions={actions} />
          )}
        </SafetyGate>
      )}
      <ReadingHistory myId={me.user.id} partnerName={partnerName} />
    </Page>
  );
}
