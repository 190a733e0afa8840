import { COUNTRY_NAMES, countryCodeSchema, HELP_PAGE } from "@attune/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { z } from "zod";
import { keys } from "../../data/keys.ts";
import { saveCountry } from "../../api/prefs.ts";
import { guessCountry } from "../../safety/use-country.ts";
import { Button } from "../../ui/button.tsx";
import { FieldMessages, messageIds } from "../../ui/field-messages.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";

const byName = Object.entries(COUNTRY_NAMES).sort(([a, x], [b, y]) => (a === "INTL" ? 1 : b === "INTL" ? -1 : x.localeCompare(y)));
/** The server's rule for a country (a code it knows), for the one field of this form. */
const countryFields = z.object({ country: countryCodeSchema });

/** The country picker, starting from what is saved or a guess from the browser until confirmed. */
export function CountryChoice({ saved }: { saved: string | null }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [news, setNews] = useState<string | null>(null);
  const form = useZodForm({ country: saved ?? guessCountry() }, countryFields, async ({ country }) => {
    setNews(null);
    queryClient.setQueryData(keys.prefs, await saveCountry(country));
    setNews(`Saved. Help services for ${COUNTRY_NAMES[country] ?? country} now come first.`);
  });
  const field = form.bind("country");
  const hint = saved ? undefined : `${HELP_PAGE.guessed} Save to confirm.`;
  return (
    <form className="stack" onSubmit={form.onSubmit} noValidate>
      <div className={field.error ? "field field--invalid" : "field"}>
        <label htmlFor={`${id}-country`} className="field__label">
          Country
        </label>
        <select
          id={`${id}-country`}
          ref={field.inputRef}
          value={field.value}
          onChange={(e) => field.onValue(e.target.value)}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={messageIds(`${id}-country`, field.error, hint).describedBy}
        >
          {byName.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <FieldMessages id={`${id}-country`} error={field.error} hint={hint} />
      </div>
      <Notice tone="error">{form.formError}</Notice>
      <Notice tone="success">{news}</Notice>
      <div className="actions">
        <Button type="submit" busy={form.busy} busyLabel="Saving…">
          {saved ? "Save country" : "Confirm country"}
        </Button>
      </div>
    </form>
  );
}
