import { useMe } from "../../session/session.tsx";
import { Page } from "../../ui/page.tsx";
import { CodeEntry } from "./code-entry.tsx";
import { InvitePanel } from "./invite-panel.tsx";
import { LinkedPanel } from "./linked-panel.tsx";

export function PartnerPage() {
  const me = useMe();
  if (me.couple) {
    return (
      <Page title="Your partner">
        <LinkedPanel />
      </Page>
    );
  }
  return (
    <Page title="Link with your partner" lead="One of you makes an invite; the other accepts it. That's all.">
      <div className="grid-2">
        <InvitePanel />
        <CodeEntry />
      </div>
    </Page>
  );
}
