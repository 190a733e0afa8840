import { loginBody } from "@attune/shared";
import { logIn } from "../api/account.ts";
import { Link, navigate, safeNext, useLocation } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { useZodForm } from "../ui/zod-form.ts";

export function LogInPage() {
  const { setMe } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get("next"));
  const form = useZodForm({ email: "", password: "" }, loginBody, async (body) => {
    setMe(await logIn(body));
    navigate(next, { replace: true });
  });
  const signupHref = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;

  return (
    <Page title="Welcome back" lead="Log in to pick up where you left off." narrow>
      {search.get("deleted") === "1" ? <Notice tone="info">Your account and everything in it have been deleted.</Notice> : null}
      <form className="card stack" onSubmit={form.onSubmit} noValidate>
        <Field label="Email" type="email" autoComplete="username" inputMode="email" {...form.bind("email")} required />
        <Field label="Password" type="password" autoComplete="current-password" {...form.bind("password")} revealable required />
        <Notice tone="error">{form.formError}</Notice>
        <Button type="submit" busy={form.busy} busyLabel="Logging in…">
          Log in
        </Button>
        <p className="aside">
          <Link to="/reset-password">Forgot your password?</Link>
        </p>
      </form>
      <p className="aside">
        New to Attune? <Link to={signupHref}>Create an account</Link>
      </p>
    </Page>
  );
}
