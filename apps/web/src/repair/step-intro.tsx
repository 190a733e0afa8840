import type { StepText } from "@attune/shared";

/** A step's title, opening words, tips and (folded away) words to borrow. */
export function StepIntro({ text, headingId, examplesLabel = "Words you could borrow" }: { text: StepText; headingId: string; examplesLabel?: string }) {
  return (
    <div className="stack rp-intro">
      <h2 id={headingId} tabIndex={-1}>
        {text.title}
      </h2>
      <p>{text.intro}</p>
      {text.tips.length > 0 ? (
        <ul className="rp-tips">
          {text.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      ) : null}
      {text.examples && text.examples.length > 0 ? (
        <details className="details">
          <summary>{examplesLabel}</summary>
          <ul className="rp-examples">
            {text.examples.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
