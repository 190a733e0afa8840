import { HELP_RESOURCES_PLACEHOLDER, SAFETY_STOP } from "@attune/shared";
import { Page } from "../ui/page.tsx";

/**
 * The safety stop: the calm text and where to find help, and nothing else. It never says
 * who answered what; both people see exactly this.
 */
export function SafetyStop() {
  return (
    <Page title={SAFETY_STOP.title} lead={SAFETY_STOP.intro} narrow>
      <section className="card stack" aria-label="Where to find support">
        <ul className="rp-tips">
          {SAFETY_STOP.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <h2>Where to find help</h2>
        <ul className="rp-help">
          {HELP_RESOURCES_PLACEHOLDER.map((r) => (
            <li key={r.name}>
              <strong>{r.name}</strong>
              <br />
              {r.contact}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
