import { createTherapistGrantBody } from "@attune/shared";
import { useState } from "react";
import { z } from "zod";
import { localDay } from "../../loop/day.ts";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";
import { createGrant } from "../api.ts";
import { NeverShared } from "../words.tsx";
import { ScopeChoice, scopesOf } from "./scope-choice.tsx";
import { useGrants } from "./use-grants.ts";

// The form's strings → the shared body (scopes as a list, no end date as null).
const inviteForm = z.object({
  scopes: z.string().transform(scopesOf).pipe(createTherapistGrantBody.shape.scopes),
  endsOn: z
    .string()
    .transform((day) => day || null)
    .pipe(createTherapistGrantBody.shape.endsOn.unwrap()),
});

/** Invite a therapist: choose what to share and, if you like, until when. */
export function InviteForm() {
  const { update } = useGrants();
  const [made, setMade] = useState(false);
  const form = useZodForm({ scopes: "", endsOn: "" }, inviteForm, async (body) => {
    update(await createGrant(body));
    form.reset();
    setMade(true);
  });
  return (
    <section className="card stack" aria-labelledby="th-invite-title">
      <h2 id="th-invite-title">Invite a therapist</h2>
      <p>You choose what they may see. Nothing is shared until your therapist joins and both of you have agreed, each on your own device.</p>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <ScopeChoice legend="What to share" {...form.bind("scopes")} />
        <Field
          label="Last day of access (optional)"
          type="date"
          min={localDay()}
          {...form.bind("endsOn")}
          hint="Leave it empty to share until one of you stops it."
        />
        <NeverShared />
        <Notice tone="error">{form.formError}</Notice>
        <Notice tone="success">{made ? "Your invite is ready. Send its code or link to your therapist." : null}</Notice>
        <div className="actions">
          <Button type="submit" busy={form.busy} busyLabel="Making the invite…">
            Make an invite
          </Button>
        </div>
      </form>
    </section>
  );
}
