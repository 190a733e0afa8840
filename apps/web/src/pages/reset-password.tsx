import { resetCompleteBody, resetRequestBody, type ResetRequestView } from "@attune/shared";
import { useState } from "react";
import { completeReset, requestReset } from "../api/account.ts";
import { Link, navigate } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { PasswordMeter } from "../ui/password-meter.tsx";
import { useZodForm } from "../ui/zod-form.ts";

const SENT: Record<ResetRequestView["delivery"], string> = {
  email: "If an account uses that address, we've emailed it a link and a code. They work once, for 30 minutes. Check your spam folder if nothing arrives.",
  operator: "This Attune doesn't send email. Ask the person who runs it for a reset code for your address; they can make one in a minute. Then enter it below.",
};

/** The code from a reset link (#code=…), taken out of the address bar so it doesn't linger in history. */
function takeCodeFromLink(): string {
  const code = new URLSearchParams(window.location.hash.slice(1)).get("code") ?? "";
  if (code) window.history.replaceState(null, "", window.location.pathname);
  return code;
}

function AskForCode() {
  const [sent, setSent] = useState<string | null>(null);
  const form = useZodForm({ email: "" }, resetRequestBody, async (body) => {
    setSent(null);
    setSent(SENT[(await requestReset(body)).delivery]);
  });
  return (
    <section className="card stack" aria-labelledby="ask-title">
      <h2 id="ask-title">1. Get a reset code</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <Field label="Email" type="email" autoComplete="username" inputMode="email" {...form.bind("email")} required />
        <Notice tone="error">{form.formError}</Notice>
        <Notice tone="success">{sent}</Notice>
        <Button type="submit" busy={form.busy} busyLabel="Asking…">
          Send me a code
        </Button>
      </form>
    </section>
  );
}

function SetNewPassword({ code, numbered }: { code: string; numbered: boolean }) {
  const { setMe } = useSession();
  const form = useZodForm({ code, newPassword: "" }, resetCompleteBody, async (body) => {
    setMe(await completeReset(body));
    navigate("/", { replace: true });
  });
  return (
    <section className="card stack" aria-labelledby="set-title">
      <h2 id="set-title">{numbered ? "2. Choose a new password" : "Choose a new password"}</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <Field label="Reset code" autoComplete="one-time-code" spellCheck={false} {...form.bind("code")} required />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          {...form.bind("newPassword")}
          hint={<PasswordMeter password={form.values.newPassword} />}
          revealable
          required
        />
        <Notice tone="error">{form.formError}</Notice>
        <Button type="submit" busy={form.busy} busyLabel="Saving…">
          Set new password and log in
        </Button>
        <p className="aside">This logs you out everywhere else.</p>
      </form>
    </section>
  );
}

/** Both steps of a password reset: ask for a code, then use it (a link from the email skips step 1). */
export function ResetPasswordPage() {
  const [codeFromLink] = useState(takeCodeFromLink);
  return (
    <Page title="Forgot your password?" lead="Get a one-time code, then choose a new password." narrow>
      <div className="stack">
        {codeFromLink ? null : <AskForCode />}
        <SetNewPassword code={codeFromLink} numbered={!codeFromLink} />
      </div>
      <p className="aside">
        Remembered it? <Link to="/login">Log in</Link>
      </p>
    </Page>
  );
}
