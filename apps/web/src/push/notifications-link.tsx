import { Link } from "../router.tsx";

/** On the account page: where notifications are chosen. */
export function NotificationsLink() {
  return (
    <section className="card stack" aria-labelledby="push-link-title">
      <h2 id="push-link-title">Notifications</h2>
      <p className="muted">Gentle, opt-in news when your partner reaches out, and a daily reminder if you want one.</p>
      <p>
        <Link to="/account/notifications">Choose notifications</Link>
      </p>
    </section>
  );
}
