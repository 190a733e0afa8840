import { accountRoleSchema, practiceNameSchema, signupBody } from "@attune/shared";
import { z } from "zod";
import { signUp } from "../api/account.ts";
import { Link, navigate, safeNext, useLocation } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { PasswordMeter } from "../ui/password-meter.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { NotVerified } from "../therapist/words.tsx";
import { RoleChoice } from "./sign-up-role.tsx";

// A therapist also names their practice; a partner's form sends no practice at all.
const signupForm = z.discriminatedUnion("role", [
  signupBody.extend({ role: z.literal(accountRoleSchema.enum.partner), practiceName: z.string() }).transform(({ practiceName: _, ...body }) => body),
  signupBody.extend({ role: z.literal(accountRoleSchema.enum.therapist), practiceName: practiceNameSchema }),
]);

export function SignUpPage() {
  const { setMe } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get("next"));
  const asTherapist = search.get("role") === "therapist";
  const form = useZodForm(
    { email: "", displayName: "", password: "", role: asTherapist ? "therapist" : "partner", practiceName: "" },
    signupForm,
    async (body) => {
      setMe(await signUp(body));
      navigate(next, { replace: true });
    },
  );
  const { values } = form;
  const therapist = values.role === "therapist";
  const loginHref = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;

  return (
    <Page
      title="Create your account"
      lead={
        therapist ? "A professional account: you see only what couples choose to share with you." : "A private space for the two of you. It takes a minute."
      }
      narrow
    >
      <form className="card stack" onSubmit={form.onSubmit} noValidate>
        <RoleChoice value={values.role} onValue={form.set("role")} />
        <Field label="Email" type="email" autoComplete="email" inputMode="email" {...form.bind("email")} required />
        <Field
          label="What should we call you?"
          autoComplete={therapist ? "name" : "nickname"}
          {...form.bind("displayName")}
          hint={therapist ? "Couples who invite you will see this name." : "Your partner will see this name."}
          maxLength={60}
          required
        />
        {therapist ? (
          <>
            <Field
              label="Practice name"
              autoComplete="organization"
              {...form.bind("practiceName")}
              hint="Shown to couples next to your name."
              maxLength={80}
              required
            />
            <NotVerified />
          </>
        ) : null}
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          {...form.bind("password")}
          hint={<PasswordMeter password={values.password} personal={[values.displayName, values.email]} />}
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
