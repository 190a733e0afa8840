import { Page } from "./page.tsx";

/** While an invite is looked up: a calm title and a status line, nothing to act on yet. */
export function OpeningPage({ title }: { title: string }) {
  return (
    <Page title={title} narrow>
      <p role="status">Looking up who sent it.</p>
    </Page>
  );
}
