import { inviteCodeSchema } from "@attune/shared";
import { z } from "zod";
import { ApiFailure, asFailure } from "../../api/client.ts";
import { previewInvite } from "../../api/couple.ts";
import { navigate } from "../../router.tsx";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";

const codeForm = z.object({ code: inviteCodeSchema });

/** "Have a code?": checks it, then opens the same preview the invite link opens. */
export function CodeEntry() {
  const form = useZodForm({ code: "" }, codeForm, async ({ code }) => {
    try {
      await previewInvite(code);
    } catch (error) {
      // The server's error names no field; this form has one, so it belongs there.
      const failure = asFailure(error);
      throw new ApiFailure(failure.status, failure.code, failure.message, "code");
    }
    navigate(`/invite/${code}`);
  });
  return (
    <section className="card stack" aria-labelledby="code-entry-title">
      <h2 id="code-entry-title">Got a code from your partner?</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <Field
          label="Invite code"
          {...form.bind("code")}
          hint="8 letters and numbers, like K7QM-2RPX. Dashes and spaces are fine."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input--code"
        />
        <Notice tone="error">{form.formError}</Notice>
        <div className="actions">
          <Button type="submit" variant="secondary" busy={form.busy} busyLabel="Checking…">
            Continue
          </Button>
        </div>
      </form>
    </section>
  );
}
