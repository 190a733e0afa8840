import { PARTNER_MAP_CATEGORIES, type CategoryInfo } from "@attune/shared";
import { PhoneSections } from "../shell/phone-sections.tsx";
import { useMe } from "../session/session.tsx";
import { LinkPartnerFirst } from "../ui/link-partner-first.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { AboutMeNote } from "./about-me-note.tsx";
import { CategorySection } from "./category-section.tsx";
import { usePartnerMap } from "./use-partner-map.ts";
// The visibility radios and tags share the daily loop's look.
import "../loop/loop.css";
import "./partner-map.css";

/**
 * /partner-map — what I know of my partner's inner world, by category, with guided
 * questions to start from; and what my partner understood about me, to confirm or
 * correct. Notes are private unless their author shows one.
 */
export function PartnerMapPage() {
  const me = useMe();
  const { query, news, created, changed, deleted } = usePartnerMap();
  const data = query.data;
  const error = query.error;
  const partnerName = data?.partner?.displayName ?? me.couple?.partner.displayName ?? "your partner";

  const categorySection = (category: CategoryInfo) =>
    data?.linked ? (
      <CategorySection
        key={category.id}
        category={category}
        notes={data.mine.filter((n) => n.category === category.id)}
        partnerName={partnerName}
        onCreated={(note) => created(note, partnerName)}
        onChange={changed}
        onDeleted={deleted}
      />
    ) : null;
  const aboutMe = data?.linked ? (
    <section className="card stack pm-about-me" aria-labelledby="pm-about-me-title">
      <h2 id="pm-about-me-title">What {partnerName} understood about you</h2>
      {data.aboutMe.length === 0 ? (
        <p className="muted">When {partnerName} shows you something they wrote about you, it appears here, so you can say whether it fits.</p>
      ) : (
        <>
          <p className="muted">{partnerName} chose to show you these, to check they understood you right. Your answer helps them know you better.</p>
          <ul className="pm-notes">
            {data.aboutMe.map((note) => (
              <AboutMeNote key={note.id} note={note} partnerName={partnerName} onChange={(note) => changed(note, true)} />
            ))}
          </ul>
        </>
      )}
    </section>
  ) : null;

  return (
    <Page
      title="Partner map"
      lead={
        data?.linked
          ? `What you know of ${partnerName}'s inner world: their story, tender spots, the people who matter and what helps. When you reply to ${partnerName}, the notes that fit come up beside your words.`
          : "What you know of your partner's inner world: their story, tender spots, the people who matter and what helps."
      }
    >
      {error ? <LoadError error={error} onRetry={() => void query.refetch()} /> : null}
      {!data && !error ? <p className="loading">Opening your partner map…</p> : null}
      {data && !data.linked ? (
        <LinkPartnerFirst title="Link with your partner first">
          Your partner map is about the person you're linked with. Once you are, you can start writing what you know of them.
        </LinkPartnerFirst>
      ) : null}
      {data?.linked ? (
        <>
          <p className="pm-privacy">
            Notes are private: only you can read them, unless you choose to show one to {partnerName} and ask if you understood right.
          </p>
          <Notice tone="success">{news}</Notice>
          {/* One tree for phones and wide screens, so a note being written survives turning the phone. */}
          <PhoneSections
            label="Parts of your partner map"
            wideClassName="pm-categories"
            sections={[
              ...PARTNER_MAP_CATEGORIES.map((category) => ({ key: category.id, label: category.label, content: categorySection(category) })),
              { key: "about-me", label: "About you", content: aboutMe },
            ]}
          />
        </>
      ) : null}
    </Page>
  );
}
