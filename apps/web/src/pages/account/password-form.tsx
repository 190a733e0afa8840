import { changePasswordBody } from "@attune/shared";
import { useState } from "react";
import { changePassword } from "../../api/account.ts";
import { useMe } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { PasswordMeter } from "../../ui/password-meter.tsx";
import { useZodForm } from "../../ui/zod-form.ts";

/** Change my password; the server ends my other sessions and renews this one. */
export function PasswordForm({ onChanged }: { onChanged(): void }) {
  const me = useMe();
  const [done, setDone] = useState<string | null>(null);
  const form = useZodForm({ currentPassword: "", newPassword: "" }, changePasswordBody, async (body) => {
    setDone(null);
    await changePassword(body);
    form.reset();
    setDone("Password changed. You're still logged in here; your other sessions have ended.");
    onChanged();
  });
  return (
    <section className="card stack" aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        {/* Lets password managers tie the new password to the right account. */}
        <input type="email" name="username" autoComplete="username" value={me.user.email} readOnly hidden />
        <Field label="Current password" type="password" autoComplete="current-password" {...form.bind("currentPassword")} revealable />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          {...form.bind("newPassword")}
          hint={<PasswordMeter password={form.values.newPassword} personal={[me.user.displayName, me.user.email]} />}
          revealable
        />
        <Notice tone="error">{form.formError}</Notice>
        <Notice tone="success">{done}</Notice>
        <div className="actions">
          <Button type="submit" busy={form.busy} busyLabel="Changing…">
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
