import { useMe } from "../session/session.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { PhoneSections } from "../shell/phone-sections.tsx";
import { Browse } from "./browse.tsx";
import { ForYou } from "./for-you.tsx";
import "./library.css";
import { TogetherList } from "./together-list.tsx";
import { useLibraryState } from "./use-library-state.ts";
import { WeeklyRitual } from "./weekly-ritual.tsx";

/** /library: what we're trying together, picks for me, this week's ritual, and the whole library. */
export function LibraryPage() {
  const me = useMe();
  const store = useLibraryState();
  const partnerName = me.couple?.partner.displayName ?? null;
  return (
    <Page title="Practice" lead="Bite-sized conversation starters, exercises and scripts. A few minutes is plenty.">
      {store.error ? <Notice tone="error">{store.error}</Notice> : null}
      <Notice tone="success">{store.news}</Notice>
      {/* On a phone one part at a time (the whole library alone is a long list). */}
      <PhoneSections
        label="Parts of this page"
        sections={[
          ...(partnerName && store.state
            ? [
                {
                  key: "together",
                  label: "Together",
                  content: <TogetherList tries={store.state.tries} partnerName={partnerName} onDone={(id) => void store.markTryDone(id)} />,
                },
              ]
            : []),
          { key: "for-you", label: "For you", content: <ForYou store={store} /> },
          { key: "ritual", label: "This week", content: <WeeklyRitual seed={me.couple?.id ?? me.user.id} /> },
          { key: "browse", label: "Browse", content: <Browse store={store} /> },
        ]}
      />
    </Page>
  );
}
