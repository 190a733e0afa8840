import { useEffect, useRef, type ReactNode } from "react";
import { takeFocusPending } from "../router.tsx";

/**
 * One screen: sets the tab title and, after an in-app navigation, moves focus to the
 * heading so screen-reader and keyboard users land at the top of the new content.
 */
export function Page({ title, lead, children, narrow }: { title: string; lead?: ReactNode; children: ReactNode; narrow?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Attune`;
    if (takeFocusPending()) heading.current?.focus();
  }, [title]);
  return (
    <div className={narrow ? "page page--narrow" : "page"}>
      <header className="page__header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="page__lead">{lead}</p> : null}
      </header>
      {children}
    </div>
  );
}
