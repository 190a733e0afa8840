import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { deleteSubscription, pushSettingsKey, saveSubscription } from "./api.ts";
import { deviceSupport, subscribeThisDevice, unsubscribeThisDevice } from "./device.ts";

const WHY_NOT: Record<string, string> = {
  blocked: "Notifications are blocked for Attune in this browser. You can allow them in the browser's site settings, then try again.",
  dismissed: "No notifications for now. You can turn them on whenever you like.",
};

/** Turning notifications on or off for this device; the browser asks only after the button is pressed. */
export function DevicePanel({ on, publicKey }: { on: boolean; publicKey: string }) {
  const queryClient = useQueryClient();
  const [support, setSupport] = useState(deviceSupport);
  const [news, setNews] = useState<string | null>(null);
  const turnOn = useMutation({
    mutationFn: async () => saveSubscription(await subscribeThisDevice(publicKey)),
    onSuccess: () => setNews("This device will now let you know, gently."),
    onSettled: () => {
      setSupport(deviceSupport());
      void queryClient.invalidateQueries({ queryKey: pushSettingsKey });
    },
  });
  const turnOff = useMutation({
    mutationFn: async () => {
      const endpoint = await unsubscribeThisDevice();
      if (endpoint) await deleteSubscription(endpoint).catch(() => {}); // gone already is fine
    },
    onSuccess: () => setNews("This device won't show Attune notifications any more."),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: pushSettingsKey }),
  });
  const failure = turnOn.error ?? turnOff.error;
  const message = failure
    ? (WHY_NOT[failure.message] ??
      (failure.message === "incomplete" || !("status" in failure)
        ? "This browser could not set up notifications. You can try again later."
        : asFailure(failure).message))
    : null;

  return (
    <section className="card stack" aria-labelledby="push-device-title">
      <h2 id="push-device-title">This device</h2>
      {support === "unsupported" ? (
        <p>This browser can't show notifications from Attune. On a phone, add Attune to your home screen first, then open it from there.</p>
      ) : (
        <>
          <p>{on ? "Notifications are on for this device." : "Notifications are off for this device."}</p>
          <Notice tone="error">{message}</Notice>
          <Notice tone="success">{news}</Notice>
          <div className="actions">
            {on ? (
              <Button variant="secondary" busy={turnOff.isPending} busyLabel="Turning off…" onClick={() => turnOff.mutate()}>
                Turn off on this device
              </Button>
            ) : (
              <Button busy={turnOn.isPending} busyLabel="Asking your browser…" onClick={() => turnOn.mutate()}>
                Turn on notifications on this device
              </Button>
            )}
          </div>
          <p className="muted">Logging out stops notifications on this device.</p>
        </>
      )}
    </section>
  );
}
