import { changeTherapistScopesBody, type TherapistGrantView } from "@attune/shared";
import { useState } from "react";
import { z } from "zod";
import { Button } from "../../ui/button.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";
import { changeGrantScopes } from "../api.ts";
import { ScopeChoice, scopesOf, scopesValue } from "./scope-choice.tsx";
import { askedScopes, useGrants } from "./use-grants.ts";

const scopesForm = z.object({ scopes: z.string().transform(scopesOf).pipe(changeTherapistScopesBody.shape.scopes) });

/** Narrowing takes effect at once; anything added waits for the other partner's consent. */
export function ChangeScopes({ grant }: { grant: TherapistGrantView }) {
  const { update } = useGrants();
  const [news, setNews] = useState<string | null>(null);
  const form = useZodForm({ scopes: scopesValue(askedScopes(grant)) }, scopesForm, async (body) => {
    const next = await changeGrantScopes(grant.id, body.scopes);
    update(next);
    setNews(next.pendingScopes.length > 0 ? "Saved. What you added waits for your partner to agree; the rest applies now." : "Saved. It applies now.");
  });
  return (
    <section className="card stack" aria-labelledby="th-change-title">
      <h2 id="th-change-title">Change what is shared</h2>
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <ScopeChoice legend="Share" {...form.bind("scopes")} />
        <p className="muted">Taking something away applies at once. Adding something waits until your partner agrees to it too.</p>
        <Notice tone="error">{form.formError}</Notice>
        <Notice tone="success">{news}</Notice>
        <div className="actions">
          <Button type="submit" variant="secondary" busy={form.busy} busyLabel="Saving…">
            Save what is shared
          </Button>
        </div>
      </form>
    </section>
  );
}
