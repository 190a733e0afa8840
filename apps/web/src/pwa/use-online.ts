import { useEffect, useState } from "react";

/** While offline, how often to look whether Attune can be reached again. */
const RETRY_MS = 15_000;

/** Whether Attune's server answers: a tiny request that holds nothing (never cached: the worker leaves /api alone). */
async function reachable(): Promise<boolean> {
  try {
    await fetch("/api/health", { cache: "no-store" });
    return true; // any answer, even an error status, means the network is there
  } catch {
    return false;
  }
}

/**
 * Whether the app can reach Attune. navigator.onLine alone says "online" on a Wi-Fi with
 * no internet, or when the server is away: a failed request is the surer sign.
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      clearTimeout(timer);
      const ok = navigator.onLine && (await reachable());
      if (stopped) return;
      setOnline(ok);
      if (!ok) timer = setTimeout(() => void check(), RETRY_MS);
    };
    const onChange = () => void check();
    void check();
    window.addEventListener("online", onChange);
    window.addEventListener("offline", onChange);
    document.addEventListener("visibilitychange", onChange);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", onChange);
      window.removeEventListener("offline", onChange);
      document.removeEventListener("visibilitychange", onChange);
    };
  }, []);
  return online;
}
