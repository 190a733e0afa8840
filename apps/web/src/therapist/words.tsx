import { NEVER_SHARED_WITH_THERAPIST, THERAPIST_NOT_VERIFIED, THERAPIST_SCOPE_TEXT, type GrantState, type TherapistScope } from "@attune/shared";
import "./words.css";

/** The words every therapist screen repeats, in one place (the texts themselves live in the shared contract). */

/** Shown wherever a therapist is named: Attune does not check credentials. */
export function NotVerified() {
  return <p className="th-not-verified">{THERAPIST_NOT_VERIFIED}</p>;
}

/** What no scope ever includes, stated on every screen where scopes are chosen or agreed. */
export function NeverShared({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="th-never">
      <Heading className="th-never__title">Never shared, whatever you choose</Heading>
      <ul>
        {NEVER_SHARED_WITH_THERAPIST.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The scopes of a grant, each with what it means. */
export function ScopeList({ scopes, label }: { scopes: readonly TherapistScope[]; label?: string }) {
  return (
    <ul className="th-scopes" aria-label={label}>
      {scopes.map((scope) => (
        <li key={scope}>
          <strong>{THERAPIST_SCOPE_TEXT[scope].title}</strong>
          <span className="muted">{THERAPIST_SCOPE_TEXT[scope].what}</span>
        </li>
      ))}
    </ul>
  );
}

export const scopeTitles = (scopes: readonly TherapistScope[]) => scopes.map((s) => THERAPIST_SCOPE_TEXT[s].title).join(", ");

export const STATE_TEXT: Record<GrantState, string> = {
  waiting_for_therapist: "Waiting for your therapist to join",
  waiting_for_consent: "Waiting for both of you to agree",
  active: "Sharing now",
  ended: "Access ended",
};

export const END_TEXT = {
  revoked: "revoked",
  unlinked: "ended when you unlinked",
  expired: "reached its end date",
  therapist_left: "ended when the therapist closed their account",
  partner_left: "ended when a partner closed their account",
} as const;

export const ACCESS_TEXT: Record<string, string> = {
  summary: "Opened the session summary",
  summary_json: "Downloaded the summary as JSON",
  ...Object.fromEntries(Object.entries(THERAPIST_SCOPE_TEXT).map(([k, v]) => [k, `Read ${v.title.toLowerCase()}`])),
};
