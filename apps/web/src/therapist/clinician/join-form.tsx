import { joinTherapistGrantBody } from "@attune/shared";
import { navigate } from "../../router.tsx";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";

/** "Got a code from a couple?": opens the preview, where joining happens. */
export function JoinForm() {
  const form = useZodForm({ code: "" }, joinTherapistGrantBody, async ({ code }) => navigate(`/therapist/join?code=${encodeURIComponent(code)}`));
  return (
    <section className="card stack" aria-labelledby="th-join-title">
      <h2 id="th-join-title">Join a couple</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <Field
          label="Invite code from the couple"
          {...form.bind("code")}
          hint="8 letters and numbers. You'll see who invited you before anything is joined."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input--code"
        />
        <Notice tone="error">{form.formError}</Notice>
        <div className="actions">
          <Button type="submit" variant="secondary">
            Continue
          </Button>
        </div>
      </form>
    </section>
  );
}
