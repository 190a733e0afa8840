import { joinTherapistGrantBody } from "@attune/shared";
import { navigate } from "../../router.tsx";
import { CodeForm } from "../../ui/code-form.tsx";
import { useZodForm } from "../../ui/zod-form.ts";

/** "Got a code from a couple?": opens the preview, where joining happens. */
export function JoinForm() {
  const form = useZodForm({ code: "" }, joinTherapistGrantBody, async ({ code }) => navigate(`/therapist/join?code=${encodeURIComponent(code)}`));
  return (
    <section className="card stack" aria-labelledby="th-join-title">
      <h2 id="th-join-title">Join a couple</h2>
      <CodeForm form={form} label="Invite code from the couple" hint="8 letters and numbers. You'll see who invited you before anything is joined." />
    </section>
  );
}
