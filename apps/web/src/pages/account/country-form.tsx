import { COUNTRY_NAMES, HELP_PAGE } from "@attune/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { asFailure } from "../../api/client.ts";
import { keys } from "../../data/keys.ts";
import { fetchPrefs, saveCountry } from "../../safety/api.ts";
import { guessCountry } from "../../safety/use-country.ts";
import { Button } from "../../ui/button.tsx";
import { Notice } from "../../ui/notice.tsx";

const byName = Object.entries(COUNTRY_NAMES).sort(([a, x], [b, y]) => (a === "INTL" ? 1 : b === "INTL" ? -1 : x.localeCompare(y)));

/** Where I live, so help services for my country come first. A guess until I confirm it. */
export function CountryForm() {
  const id = useId();
  const [saved, setSaved] = useState<string | null | undefined>(undefined);
  const [choice, setChoice] = useState("");
  const [news, setNews] = useState<string | null>(null);
  const prefs = useQuery({ queryKey: keys.prefs, queryFn: fetchPrefs });
  const loaded = prefs.data;
  useEffect(() => {
    if (!loaded) return;
    setSaved(loaded.country);
    setChoice((c) => c || (loaded.country ?? guessCountry()));
  }, [loaded]);
  const save = useMutation({
    mutationFn: (country: string) => saveCountry(country),
    onSuccess: (p, country) => {
      setSaved(p.country);
      setNews(`Saved. Help services for ${COUNTRY_NAMES[country] ?? country} now come first.`);
    },
  });
  const busy = save.isPending;
  const failed = save.error ?? prefs.error;
  const error = failed ? asFailure(failed).message : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNews(null);
    if (!busy) save.mutate(choice);
  };
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your country</h2>
      <p className="muted">Used only to show the right help services first. It is never shown to your partner.</p>
      {saved === undefined && !error ? (
        <p className="loading">Loading…</p>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-country`} className="field__label">
              Country
            </label>
            <select id={`${id}-country`} value={choice} onChange={(e) => setChoice(e.target.value)} aria-describedby={saved ? undefined : `${id}-hint`}>
              {byName.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            {saved ? null : (
              <p id={`${id}-hint`} className="field__hint">
                {HELP_PAGE.guessed} Save to confirm.
              </p>
            )}
          </div>
          <Notice tone="error">{error}</Notice>
          <Notice tone="success">{news}</Notice>
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel="Saving…">
              {saved ? "Save country" : "Confirm country"}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
