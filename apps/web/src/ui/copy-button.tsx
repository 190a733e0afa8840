import { useEffect, useState } from "react";
import { Button } from "./button.tsx";

/** Copies `text`; says "Copied" in a live region so the result is heard as well as seen. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <span className="copy">
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="copy__status">
        {state === "copied" ? "Copied" : state === "failed" ? "Couldn't copy — select it and copy by hand." : ""}
      </span>
    </span>
  );
}
