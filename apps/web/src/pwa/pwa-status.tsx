import { useSyncExternalStore } from "react";
import { Button } from "../ui/button.tsx";
import { onUpdateState, updateState } from "./register.ts";
import { useOnline } from "./use-online.ts";
import "./pwa.css";

/**
 * The app's own news about itself, above every screen: "you're offline" while the device
 * has no connection, and "a new version is ready" after a deploy (it never reloads by itself,
 * which would lose what someone is typing).
 */
export function PwaStatus() {
  const online = useOnline();
  const update = useSyncExternalStore(onUpdateState, updateState, updateState);
  return (
    <aside className="pwa-status" aria-label="Connection and updates">
      <div role="status" className="pwa-status__region">
        {online ? null : (
          <p className="pwa-status__note">
            <strong>You're offline.</strong> Attune opens, but can't show or send anything new until you're back online. Nothing you write is kept on this
            device.
          </p>
        )}
      </div>
      {update.waiting ? (
        <div role="status" className="pwa-status__note pwa-status__update">
          <span>A new version of Attune is ready.</span>
          <Button onClick={() => update.apply()}>Refresh</Button>
        </div>
      ) : null}
    </aside>
  );
}
