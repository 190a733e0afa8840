import { TEMPERATURE_GUIDE, weeklyRitual, type TemperaturePart } from "@attune/shared";
import { weekIndex } from "../library/week.ts";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { ComplaintHelper } from "./complaint-helper.tsx";

interface Props {
  part: TemperaturePart;
  together: boolean;
  partnerName: string;
  text: string;
  onText(text: string): void;
  /** Seeds this week's borrowed question, so both partners see the same one. */
  seed: string;
}

/** One of the five parts: what it is for, words to borrow, and room to write. */
export function PartStep({ part, together, partnerName, text, onText, seed }: Props) {
  const guide = TEMPERATURE_GUIDE[part];
  const borrowed = weeklyRitual(seed, weekIndex()).find((q) => q.part === part);
  return (
    <div className="stack">
      <p>{guide.purpose}</p>
      {together ? <p className="muted">Take turns aloud — you first, then {partnerName}. Write down anything you both want to remember.</p> : null}
      <details className="dtr-borrow">
        <summary>Words you could borrow</summary>
        <p>
          <strong>{guide.stem}</strong>
        </p>
        <p className="muted">For example: “{guide.example}”</p>
        {borrowed ? <p>Or this week's question: “{borrowed.title}”</p> : null}
      </details>
      <TextAreaField
        label={together ? `A note for you both: ${guide.title.toLowerCase()}` : `Your ${guide.title.toLowerCase()}`}
        hint={together ? "Optional. Both of you see it." : `Optional. ${partnerName} reads it only once you've both finished.`}
        value={text}
        onValue={onText}
        maxLength={2000}
        showCount
        rows={4}
      />
      {part === "complaint_with_request" ? (
        <ComplaintHelper text={text} onUseFrame={(frame) => onText(text.trim() ? `${text.trim()}\n${frame}` : frame)} />
      ) : null}
    </div>
  );
}
