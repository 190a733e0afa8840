import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { keys } from "../../data/keys.ts";
import { fetchPrefs } from "../../api/prefs.ts";
import { LoadError } from "../../ui/load-error.tsx";
import { CountryChoice } from "./country-choice.tsx";

/** Where I live, so help services for my country come first. A guess until I confirm it. */
export function CountryForm() {
  const id = useId();
  const prefs = useQuery({ queryKey: keys.prefs, queryFn: fetchPrefs });
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your country</h2>
      <p className="muted">Used only to show the right help services first. It is never shown to your partner.</p>
      {prefs.isPending ? (
        <p className="loading">Loading…</p>
      ) : prefs.isError ? (
        <LoadError error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : (
        <CountryChoice saved={prefs.data.country} />
      )}
    </section>
  );
}
