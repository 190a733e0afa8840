import { HELP_PAGE } from "@attune/shared";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { keys } from "../data/keys.ts";
import { LoadError } from "../ui/load-error.tsx";
import { fetchHelp } from "./api.ts";
import { HelpList } from "./help-list.tsx";

/**
 * The services for a country with a picker for "other countries": used by the public help
 * page and by the private help shown after a safety check. `initial` is the person's saved
 * country or a guess from the browser; changing it here changes only what is shown.
 */
export function HelpForCountry({ initial, guessed }: { initial: string; guessed: boolean }) {
  const id = useId();
  const [country, setCountry] = useState(initial);
  useEffect(() => setCountry(initial), [initial]);
  // While another country's services load, the last ones stay on screen.
  const query = useQuery({ queryKey: keys.help(country), queryFn: () => fetchHelp(country), placeholderData: keepPreviousData });
  const help = query.data;
  const error = query.isError ? query.error : null;
  const names = help?.countryNames ?? {};
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={`${id}-country`} className="field__label">
          {HELP_PAGE.countryLabel}
        </label>
        <select id={`${id}-country`} value={country} onChange={(e) => setCountry(e.target.value)} aria-describedby={guessed ? `${id}-guessed` : undefined}>
          {Object.entries(names)
            .sort(([a], [b]) => (a === "INTL" ? 1 : b === "INTL" ? -1 : (names[a] ?? a).localeCompare(names[b] ?? b)))
            .map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          {names[country] === undefined ? <option value={country}>{country}</option> : null}
        </select>
        {guessed ? (
          <p id={`${id}-guessed`} className="field__hint">
            {HELP_PAGE.guessed}
          </p>
        ) : null}
      </div>
      {error ? <LoadError error={error} onRetry={() => void query.refetch()} /> : null}
      {help ? <HelpList help={help} /> : !error ? <p className="loading">Finding services…</p> : null}
    </div>
  );
}
