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

export function AccountPage() {
  const me = useMe();
  const client = useQueryClient();
  return (
    <Page title="Your account">
      <section className="card stack" aria-labelledby="profile-title">
        <h2 id="profile-title">About you</h2>
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{me.user.displayName}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{me.user.email}</dd>
          </div>
          <div>
            <dt>With Attune since</dt>
            <dd>{longDate(me.user.createdAt)}</dd>
          </div>
        </dl>
      </section>
      <div className="grid-2">
        {/* A password change ends the other sessions: the list asks again. */}
        <PasswordForm onChanged={() => void client.invalidateQueries({ queryKey: keys.sessions })} />
        <SessionsList />
      </div>
      <ThemeChoiceSection />
      <CountryForm />
      <NotificationsLink />
      <MyDataSection />
    </Page>
  );
}
