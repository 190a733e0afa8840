import { COUNTRY_NAMES, HELP_PAGE } from "@attune/shared";
import { useEffect, useId, useState, type FormEvent } from "react";
import { asFailure } from "../../api/client.ts";
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
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchPrefs()
      .then((p) => {
        setSaved(p.country);
        setChoice(p.country ?? guessCountry());
      })
      .catch((e: unknown) => setError(asFailure(e).message));
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNews(null);
    try {
      const p = await saveCountry(choice);
      setSaved(p.country);
      setNews(`Saved. Help services for ${COUNTRY_NAMES[choice] ?? choice} now come first.`);
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your country</h2>
      <p className="muted">Used only to show the right help services first. It is never shown to your partner.</p>
      {saved === undefined && !error ? (
        <p className="loading">Loading…</p>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
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
