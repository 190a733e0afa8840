import { Link } from "../../router.tsx";

/** On the account page: where the couple shares with a therapist. */
export function TherapistLink() {
  return (
    <section className="card stack" aria-labelledby="th-link-title">
      <h2 id="th-link-title">Your therapist</h2>
      <p className="muted">Share some of what you do here with a therapist you both trust: only what you both agree to, for as long as you both want.</p>
      <p>
        <Link to="/account/therapist">Your therapist</Link>
      </p>
    </section>
  );
}
