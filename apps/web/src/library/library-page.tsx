import { useMe } from "../session/session.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
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
      {partnerName && store.state ? <TogetherList tries={store.state.tries} partnerName={partnerName} onDone={(id) => void store.markTryDone(id)} /> : null}
      <ForYou store={store} />
      <WeeklyRitual seed={me.couple?.id ?? me.user.id} />
      <Browse store={store} />
    </Page>
  );
}
