import { answerBody } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";

/** The answer's rule, as the server checks it (the day is the screen's, not typed). */
const answerFields = answerBody.pick({ text: true });

/** My sealed answer to today's question; kept on screen if sending fails. */
export function AnswerForm({
  partnerName,
  partnerAnswered = false,
  onAnswer,
}: {
  partnerName: string;
  partnerAnswered?: boolean;
  onAnswer(text: string): Promise<void>;
}) {
  const form = useZodForm({ text: "" }, answerFields, ({ text }) => onAnswer(text));
  // Once sealed, the screen moves on to the waiting or the reveal: no second send meanwhile.
  const busy = form.busy || form.sent;
  return (
    <form className="stack" onSubmit={form.onSubmit} noValidate>
      <TextAreaField
        label="Your answer"
        {...form.bind("text")}
        className="textarea"
        rows={4}
        maxLength={2000}
        hint={
          <>
            <span aria-hidden="true">✉ </span>
            {partnerAnswered
              ? `${partnerName}'s answer is waiting: when you send yours, you'll both see both.`
              : `Sealed until ${partnerName} answers too — then you'll both see both answers.`}
          </>
        }
      />
      <Notice tone="error">{form.formError ? `${form.formError} Your answer is still here.` : null}</Notice>
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Sealing…">
          Seal my answer
        </Button>
      </div>
    </form>
  );
}
