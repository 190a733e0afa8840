import { inviteCodeSchema } from "@attune/shared";
import { z } from "zod";
import { ApiFailure, asFailure } from "../../api/client.ts";
import { previewInvite } from "../../api/couple.ts";
import { navigate } from "../../router.tsx";
import { CodeForm } from "../../ui/code-form.tsx";
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
      <CodeForm form={form} label="Invite code" hint="8 letters and numbers, like K7QM-2RPX. Dashes and spaces are fine." busyLabel="Checking…" />
    </section>
  );
}
