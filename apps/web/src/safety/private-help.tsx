import { PRIVATE_HELP } from "@attune/shared";
import { HelpForCountry } from "./help-for-country.tsx";
import { QuickExitButton } from "./quick-exit-button.tsx";
import { guessCountry } from "./use-country.ts";
import { useSavedCountry } from "./use-saved-country.ts";
import "./safety.css";

/**
 * Help for the person whose own answers raised a concern: shown on their screen only, in
 * their saved country (or a guess to confirm), with a quick exit. Nothing here is stored.
 */
export function PrivateHelpPanel() {
  // Shown only after the person's own safety check, so someone is signed in.
  const saved = useSavedCountry(true);
  return (
    <>
      <div className="help-exit">
        <QuickExitButton />
      </div>
      <section className="card stack" aria-label="Where to find help">
        <ul className="rp-tips">
          {PRIVATE_HELP.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        {saved === undefined ? <p className="loading">Finding services…</p> : <HelpForCountry initial={saved ?? guessCountry()} guessed={!saved} />}
      </section>
    </>
  );
}
