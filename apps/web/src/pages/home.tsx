import { Link } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { greeting, longDate } from "../ui/format.ts";
import { Page } from "../ui/page.tsx";
import { TodaySection } from "../today/today-list.tsx";

/** A card on the home screen pointing at a feature; features add theirs in routes.tsx. */
export interface HomeCard {
  to: string;
  title: string;
  text: string;
  /** Shown only once the person is linked with a partner. */
  needsCouple?: boolean;
}

export function HomePage({ cards }: { cards: HomeCard[] }) {
  const me = useMe();
  const name = me.user.displayName;
  const shown = cards.filter((card) => !card.needsCouple || me.couple);
  const coupleStatus = (
    <section className="card couple-status" aria-labelledby="couple-status-title">
      <h2 id="couple-status-title">You and your partner</h2>
      {me.couple ? (
        <p className="couple-status__linked">
          <span className="pair" aria-hidden="true">
            <span className="pair__dot">{initial(name)}</span>
            <span className="pair__dot pair__dot--partner">{initial(me.couple.partner.displayName)}</span>
          </span>
          <span>
            You're linked with <strong>{me.couple.partner.displayName}</strong> since {longDate(me.couple.since)}.
          </span>
        </p>
      ) : me.pendingInvite ? (
        <p>
          Your invite is waiting for your partner. <Link to="/partner">See your invite code</Link>
        </p>
      ) : (
        <>
          <p>Attune works best with two. Invite your partner, or enter the code they sent you.</p>
          <p>
            <Link to="/partner" className="button button--primary">
              Link with your partner
            </Link>
          </p>
        </>
      )}
    </section>
  );
  // Today first: what waits now. Until there is a partner, linking is what matters.
  return (
    <Page title={`${greeting(new Date().getHours())}, ${name}`} lead="A small moment of connection is enough for today.">
      {me.couple ? <TodaySection /> : coupleStatus}
      {shown.length > 0 ? (
        <section className="stack" aria-labelledby="home-more-title">
          <h2 id="home-more-title">Ways to connect</h2>
          <ul className="cards">
            {shown.map((card) => (
              <li key={card.to} className="card card--link">
                <h3 className="card--link__title">
                  <Link to={card.to}>{card.title}</Link>
                </h3>
                <p>{card.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {me.couple ? coupleStatus : null}
    </Page>
  );
}

const initial = (name: string) => [...name.trim()][0]?.toUpperCase() ?? "?";
