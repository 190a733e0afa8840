import { TEMPERATURE_GUIDE, TEMPERATURE_PARTS } from "@attune/shared";
import type { TemperatureReadingView } from "./api.ts";

/** What was written in a reading, part by part, with who wrote it. */
export function ReadingEntries({ reading, myId, partnerName }: { reading: TemperatureReadingView; myId: string; partnerName: string }) {
  const parts = TEMPERATURE_PARTS.filter((part) => reading.entries.some((e) => e.part === part));
  if (parts.length === 0) return <p className="muted">Nothing was written down — the talking is what counts.</p>;
  return (
    <dl className="dtr-entries">
      {parts.map((part) => (
        <div key={part} className="dtr-entries__part">
          <dt>{TEMPERATURE_GUIDE[part].title}</dt>
          {reading.entries
            .filter((e) => e.part === part)
            .map((e) => (
              <dd key={`${e.part}-${e.authorId}`}>
                <span className="dtr-entries__who">{e.authorId === myId ? "You" : partnerName}: </span>
                {e.text}
              </dd>
            ))}
        </div>
      ))}
    </dl>
  );
}
