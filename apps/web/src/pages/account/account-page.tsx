import { useQueryClient } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { useMe } from "../../session/session.tsx";
import { longDate } from "../../ui/format.ts";
import { Page } from "../../ui/page.tsx";
import { MyDataSection } from "../../my-data/my-data-section.tsx";
import { NotificationsLink } from "../../push/notifications-link.tsx";
import { CountryForm } from "./country-form.tsx";
import { PasswordForm } from "./password-form.tsx";
import { SessionsList } from "./sessions-list.tsx";
import { ThemeChoiceSection } from "../../theme/theme-choice.tsx";
import { isTherapist } from "../../session/role.ts";
import { TherapistLink } from "../../therapist/couple/therapist-link.tsx";
import { NotVerified } from "../../therapist/words.tsx";

export function AccountPage() {
  const me = useMe();
  const client = useQueryClient();
  const therapist = isTherapist(me);
  const practice = me.user.practiceName;
  return (
    <Page title="Your account">
      <section className="card stack" aria-labelledby="profile-title">
        <h2 id="profile-title">About you</h2>
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{me.user.displayName}</dd>
          </div>
          {therapist && practice ? (
            <div>
              <dt>Practice</dt>
              <dd>{practice}</dd>
            </div>
          ) : null}
          <div>
            <dt>Email</dt>
            <dd>{me.user.email}</dd>
          </div>
          <div>
            <dt>With Attune since</dt>
            <dd>{longDate(me.user.createdAt)}</dd>
          </div>
        </dl>
        {therapist ? <NotVerified /> : null}
      </section>
      <div className="grid-2">
        {/* A password change ends the other sessions: the list asks again. */}
        <PasswordForm onChanged={() => void client.invalidateQueries({ queryKey: keys.sessions })} />
        <SessionsList />
      </div>
      <ThemeChoiceSection />
      {therapist ? null : <TherapistLink />}
      {therapist ? null : <CountryForm />}
      {therapist ? null : <NotificationsLink />}
      <MyDataSection therapist={therapist} />
    </Page>
  );
}
