import { HELP_KIND_LABELS, HELP_PAGE, type HelpResource } from "@attune/shared";
import type { HelpView } from "./api.ts";

/** How to reach one service: each way it offers, as links a phone can act on. */
function Contacts({ r }: { r: HelpResource }) {
  return (
    <ul className="help-contacts">
      {r.phone ? (
        <li>
          Call <a href={`tel:${r.phone.tel}`}>{r.phone.display}</a>
        </li>
      ) : null}
      {r.text ? (
        <li>
          <a href={`sms:${r.text.number}${r.text.body ? `?body=${encodeURIComponent(r.text.body)}` : ""}`}>{r.text.display}</a>
        </li>
      ) : null}
      {r.chat ? (
        <li>
          <a href={r.chat} rel="noreferrer noopener" target="_blank">
            Chat online<span className="visually-hidden"> with {r.name} (opens a new tab)</span>
          </a>
        </li>
      ) : null}
      {r.web ? (
        <li>
          <a href={r.web} rel="noreferrer noopener" target="_blank">
            Website<span className="visually-hidden"> of {r.name} (opens a new tab)</span>
          </a>
        </li>
      ) : null}
    </ul>
  );
}

export function HelpResourceCard({ r }: { r: HelpResource }) {
  return (
    <li className="help-resource">
      <h3 className="help-resource__name">{r.name}</h3>
      <p className="help-resource__kinds">{r.kinds.map((k) => HELP_KIND_LABELS[k]).join(" · ")}</p>
      <p>{r.about}</p>
      {r.hours ? <p className="muted">{r.hours}</p> : null}
      <Contacts r={r} />
    </li>
  );
}

/** A country's services, then the worldwide ones; `headingLevel` fits the page around it. */
export function HelpList({ help }: { help: HelpView }) {
  const name = help.countryNames[help.country] ?? help.country;
  return (
    <div className="stack">
      {help.local.length > 0 ? (
        <section className="stack" aria-label={`Services in ${name}`}>
          <h2>In {name}</h2>
          <ul className="help-list">
            {help.local.map((r) => (
              <HelpResourceCard key={r.id} r={r} />
            ))}
          </ul>
        </section>
      ) : null}
      <section className="stack" aria-label={HELP_PAGE.international}>
        <h2>{HELP_PAGE.international}</h2>
        <ul className="help-list">
          {help.international.map((r) => (
            <HelpResourceCard key={r.id} r={r} />
          ))}
        </ul>
      </section>
      <p className="muted">{HELP_PAGE.checked(help.checked)}</p>
    </div>
  );
}
