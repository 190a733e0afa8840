import { HELP_PAGE } from "@attune/shared";
import { useSession } from "../session/session.tsx";
import { Page } from "../ui/page.tsx";
import { HelpForCountry } from "./help-for-country.tsx";
import { QuickExitButton } from "./quick-exit-button.tsx";
import { guessCountry } from "./use-country.ts";
import { useSavedCountry } from "./use-saved-country.ts";
import "./safety.css";

/** /help: confidential services for anyone, signed in or not, with a quick exit. */
export function HelpPage() {
  const { me } = useSession();
  const saved = useSavedCountry(Boolean(me));
  const initial = saved ?? guessCountry();
  return (
    <Page title={HELP_PAGE.title} lead={HELP_PAGE.intro} narrow>
      <div className="help-exit">
        <QuickExitButton />
      </div>
      <section className="card stack">
        {saved === undefined ? <p className="loading">Finding services…</p> : <HelpForCountry initial={initial} guessed={!saved} />}
      </section>
    </Page>
  );
}
