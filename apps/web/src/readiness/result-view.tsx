import { SUBSCALES, libraryItemById, type Band, type ReadinessResultView } from "@attune/shared";
import { Link } from "../router.tsx";

export const BAND_LABEL: Record<Band, string> = { growing: "Room to grow", steady: "Steady", strong: "Strong" };

const about = (id: string) => SUBSCALES.find((s) => s.id === id);

/**
 * One attempt's results. For my own: every area with what its score means, my
 * strongest area, and one area to grow with three exercises from the practice library.
 * For my partner's (`whose` set): the scores, strongest and growth areas only, since
 * the meanings speak to the person who answered.
 */
export function ResultView({ result, whose }: { result: ReadinessResultView; whose?: string }) {
  const strongest = about(result.strongest);
  const growth = result.growth ? about(result.growth.subscale) : undefined;
  const mine = whose === undefined;
  const growthBand = result.subscales.find((s) => s.subscale === result.growth?.subscale)?.band;
  return (
    <div className="rt-result">
      <ul className="rt-scores" aria-label={mine ? "Your score in each area" : `${whose}'s score in each area`}>
        {result.subscales.map((s) => (
          <li key={s.subscale} className={`rt-score rt-score--${s.band}`}>
            <div className="rt-score__head">
              <h3 className="rt-score__label">{s.label}</h3>
              <p className="rt-score__value">
                <strong>{s.score}</strong>
                <span className="muted"> of 100</span> <span className={`tag rt-band rt-band--${s.band}`}>{BAND_LABEL[s.band]}</span>
              </p>
            </div>
            <div className="rt-bar" aria-hidden="true">
              <span style={{ width: `${s.score}%` }} />
            </div>
            {mine ? <p className="rt-score__meaning">{s.meaning}</p> : null}
          </li>
        ))}
      </ul>
      <div className="rt-highlights">
        <section className="rt-highlight rt-highlight--strong">
          <h3 className="rt-highlight__title">{mine ? "Your strongest area" : `${whose}'s strongest area`}</h3>
          <p>
            <strong>{strongest?.label}</strong>
          </p>
          <p className="muted">{strongest?.about}</p>
        </section>
        {!result.growth ? (
          <section className="rt-highlight rt-highlight--grow">
            <h3 className="rt-highlight__title">{mine ? "No single area to grow" : `No single area stands out for ${whose}`}</h3>
            <p>The differences between the areas are small enough to be chance, so we won't pick one. Any practice that appeals is a good place to start.</p>
          </section>
        ) : (
          <section className="rt-highlight rt-highlight--grow">
            <h3 className="rt-highlight__title">
              {mine ? (growthBand === "strong" ? "One area to keep growing" : "One area to grow") : `The area ${whose} is growing`}
            </h3>
            <p>
              <strong>{growth?.label}</strong>
            </p>
            <p className="muted">{growth?.about}</p>
            {mine ? (
              <>
                <p>Three small exercises to practise it:</p>
                <ol className="rt-exercises">
                  {result.growth.exerciseIds.map((id) => {
                    const item = libraryItemById(id);
                    return (
                      <li key={id}>
                        {item ? (
                          <Link to={`/library/${encodeURIComponent(id)}`} className="rt-exercise__title">
                            {item.title}
                          </Link>
                        ) : (
                          <strong>An exercise from the practice library</strong>
                        )}
                        {item ? <span className="muted"> · about {item.minutes} minutes</span> : null}
                        {item ? <p className="rt-exercise__summary">{item.summary}</p> : null}
                      </li>
                    );
                  })}
                </ol>
              </>
            ) : null}
          </section>
        )}
      </div>
    </div>
  );
}
