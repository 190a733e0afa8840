import { firstName, pushCopy } from "@attune/shared";
import { useQuery } from "@tanstack/react-query";
import { Link } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { Page } from "../ui/page.tsx";
import { fetchPushSettings, pushSettingsKey } from "./api.ts";
import { DevicePanel } from "./device-panel.tsx";
import { PrefsForm } from "./prefs-form.tsx";
import "./push.css";

/** Account → Notifications: gentle, opt-in, and never anyone's words. */
export function NotificationsPage() {
  const me = useMe();
  const settings = useQuery({ queryKey: pushSettingsKey, queryFn: fetchPushSettings });
  const partner = me.couple ? firstName(me.couple.partner.displayName) : "Your partner";
  return (
    <Page title="Notifications" lead="Attune can let you know, gently, when your partner reaches out. Everything is off until you turn it on." narrow>
      <p>
        <Link to="/account">Back to your account</Link>
      </p>
      <section className="card stack" aria-labelledby="push-words-title">
        <h2 id="push-words-title">What a notification says</h2>
        <p className="push-example">{pushCopy.checkin(partner)}</p>
        <p className="muted">
          Only what happened and a first name, because a phone's lock screen can be seen by others. Never what anyone wrote, and nothing about a private safety
          check.
        </p>
      </section>
      {settings.isPending ? (
        <p className="loading">Loading…</p>
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <DevicePanel on={settings.data.thisDevice} publicKey={settings.data.publicKey} />
          <PrefsForm saved={settings.data.prefs} />
        </>
      )}
    </Page>
  );
}
