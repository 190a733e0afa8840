import type { Telling } from "@attune/shared";
import { feltWords } from "./wording.ts";

/** One person's side as they told it. */
export function TellingCard({ name, telling, title }: { name: string; telling: Telling; title?: string }) {
  return (
    <div className="rp-telling">
      <h3>{title ?? `What ${name} shared`}</h3>
      <p className="rp-telling__text">{telling.happened}</p>
      <dl className="rp-telling__facts">
        <dt>Felt</dt>
        <dd>
          {feltWords(telling.felt)}
          {telling.feelingWords ? `; in their words: ${telling.feelingWords}` : ""}
        </dd>
        {telling.needed ? (
          <>
            <dt>Needed</dt>
            <dd>{telling.needed}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
