import { useMe } from "../session/session.tsx";
import { PhoneSections } from "../shell/phone-sections.tsx";
import { useNarrow } from "../shell/use-narrow.ts";
import { LoadError } from "../ui/load-error.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { IntroCard, PrivacyNote } from "./intro-card.tsx";
import { MyResults } from "./my-results.tsx";
import { PartnerSection } from "./partner-section.tsx";
import { TestForm } from "./test-form.tsx";
import { useReadiness } from "./use-readiness.ts";
// The radio scale and tags share the daily loop's look.
import "../loop/loop.css";
import "./readiness.css";

/**
 * /readiness — the Relationship Readiness Test: an intro with the privacy note, the
 * 36 statements, and results with retakes over time; plus what my partner chose to share.
 */
export function ReadinessPage() {
  const me = useMe();
  const partnerName = me.couple?.partner.displayName ?? null;
  const rt = useReadiness();
  const answered = Object.keys(rt.answers).length;
  const narrow = useNarrow();
  const mine =
    rt.results === null ? null : rt.results.length === 0 ? (
      <IntroCard answered={answered} onStart={rt.start} />
    ) : (
      <MyResults rt={rt} results={rt.results} partnerName={partnerName} answered={answered} />
    );

  return (
    <Page
      title="Relationship Readiness Test"
      lead="How you show up for your partner right now: listening, validating, opening up, repair, curiosity and shared joy."
    >
      {rt.error ? <LoadError error={rt.error} onRetry={rt.retry} /> : null}
      {rt.taking ? (
        <>
          <PrivacyNote />
          <TestForm answers={rt.answers} onAnswer={rt.answer} onCancel={rt.cancel} onSubmit={rt.submit} />
        </>
      ) : null}
      {!rt.taking && rt.results === null && !rt.error ? <p className="loading">Opening…</p> : null}
      {!rt.taking && rt.results !== null ? (
        <>
          <Notice tone="success">{rt.news}</Notice>
          {narrow && rt.partner?.linked ? (
            // On a phone, mine and my partner's one at a time.
            <PhoneSections
              label="Parts of this page"
              sections={[
                { key: "mine", label: "Yours", content: mine },
                { key: "partner", label: partnerName ?? "Your partner", content: <PartnerSection partner={rt.partner} name={partnerName ?? "Your partner"} /> },
              ]}
            />
          ) : (
            <>
              {mine}
              {rt.partner?.linked ? <PartnerSection partner={rt.partner} name={partnerName ?? "Your partner"} /> : null}
            </>
          )}
        </>
      ) : null}
    </Page>
  );
}
