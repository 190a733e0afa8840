import { signupBody } from "@attune/shared";
import { signUp } from "../api/account.ts";
import { Link, navigate, safeNext, useLocation } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { PasswordMeter } from "../ui/password-meter.tsx";
import { useZodForm } from "../ui/zod-form.ts";

export function SignUpPage() {
  const { setMe } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get("next"));
  const form = useZodForm({ email: "", displayName: "", password: "" }, signupBody, async (body) => {
    setMe(await signUp(body));
    navigate(next, { replace: true });
  });
  const { values, errors } = form;
  const loginHref = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;

  return (
    <Page title="Create your account" lead="A private space for the two of you. It takes a minute." narrow>
      <form className="card stack" onSubmit={form.onSubmit} noValidate>
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={values.email}
          onValue={form.set("email")}
          error={errors.email}
          inputRef={form.register("email")}
          required
        />
        <Field
          label="What should we call you?"
          autoComplete="nickname"
          value={values.displayName}
          onValue={form.set("displayName")}
          error={errors.displayName}
          hint="Your partner will see this name."
          inputRef={form.register("displayName")}
          maxLength={60}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onValue={form.set("password")}
          error={errors.password}
          hint={<PasswordMeter password={values.password} personal={[values.displayName, values.email]} />}
          inputRef={form.register("password")}
          revealable
          required
        />
        <Notice tone="error">{form.formError}</Notice>
        <Button type="submit" busy={form.busy} busyLabel="Creating your account…">
          Create account
        </Button>
      </form>
      <p className="aside">
        Already have an account? <Link to={loginHref}>Log in</Link>
      </p>
    </Page>
  );
}
