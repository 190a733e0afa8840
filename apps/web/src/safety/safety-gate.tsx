import { PRACTICE_CHECK, PRIVATE_HELP, raisesSafetyConcern } from "@attune/shared";
import { useId, useState, type ReactNode } from "react";
import { navigate } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { PrivateHelpPanel } from "./private-help.tsx";
import { SafetyForm } from "./safety-form.tsx";

/**
 * The private check before conflict work: the same questions as guided repair, answered
 * on this screen only. Nothing is sent or kept, so nothing can reach the partner; a
 * concern shows help instead of the practice, and "not now" goes back to the library.
 */
export function SafetyGate({ children, notNowTo = "/library" }: { children: ReactNode; notNowTo?: string }) {
  const id = useId();
  const [outcome, setOutcome] = useState<"open" | "clear" | "concern">("open");
  const [error, setError] = useState<string | null>(null);
  if (outcome === "clear") return <>{children}</>;
  if (outcome === "concern") {
    return (
      <section className="stack" aria-labelledby={`${id}-help`}>
        <h2 id={`${id}-help`} tabIndex={-1}>
          {PRIVATE_HELP.title}
        </h2>
        <p>{PRACTICE_CHECK.concernIntro}</p>
        <PrivateHelpPanel />
      </section>
    );
  }
  return (
    <SafetyForm
      className="card stack"
      aria-labelledby={`${id}-title`}
      error={error}
      setError={setError}
      onComplete={(answers) => setOutcome(raisesSafetyConcern(answers) ? "concern" : "clear")}
      actions={
        <>
          <Button type="submit">{PRACTICE_CHECK.go}</Button>
          <Button variant="secondary" onClick={() => navigate(notNowTo)}>
            {PRACTICE_CHECK.notNow}
          </Button>
        </>
      }
    >
      <h2 id={`${id}-title`}>{PRACTICE_CHECK.title}</h2>
      <p>{PRACTICE_CHECK.intro}</p>
    </SafetyForm>
  );
}
