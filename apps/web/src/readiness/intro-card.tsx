import { READINESS_ITEMS, READINESS_PRIVACY_NOTE } from "@attune/shared";
import { Button } from "../ui/button.tsx";

/** Before the first attempt: what the test is, how long it takes, and who sees what. */
export function IntroCard({ answered, onStart }: { answered: number; onStart(): void }) {
  return (
    <section className="card stack rt-intro" aria-labelledby="rt-intro-title">
      <h2 id="rt-intro-title">Before you start</h2>
      <p>
        {READINESS_ITEMS.length} short statements, each rated from "Not like me" to "Very much like me". It takes about eight minutes. Afterwards you'll see a
        score for each of six areas, what it means, your strongest area and one area to grow, with three small exercises.
      </p>
      <PrivacyNote />
      <div className="actions">
        <Button onClick={onStart}>{answered > 0 ? `Continue (${answered} of ${READINESS_ITEMS.length} answered)` : "Start the test"}</Button>
      </div>
    </section>
  );
}

export function PrivacyNote() {
  return <p className="rt-privacy">{READINESS_PRIVACY_NOTE}</p>;
}
