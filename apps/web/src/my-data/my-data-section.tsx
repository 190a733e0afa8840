import { useId, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Link } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { Notice } from "../ui/notice.tsx";
import { deleteAccount, fetchExport, importExport } from "./api.ts";
import { downloadExport } from "./download.ts";

/** Account → Your data: take everything with you, or delete it all. A therapist's account has no words of its own to bring in. */
export function MyDataSection({ therapist = false }: { therapist?: boolean }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const bringIn = async (file: File | undefined) => {
    setImported(null);
    setImportError(null);
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setImportError("That file isn't an Attune export (it isn't JSON).");
      return;
    }
    try {
      const r = await importExport(data);
      setImported(
        `Brought in ${r.checkins} check-ins${r.skippedCheckins ? ` (${r.skippedCheckins} days you had already checked in here were kept as they are)` : ""}, ${r.readiness} Readiness results and your practice history.`,
      );
    } catch (e) {
      setImportError(asFailure(e).message);
    }
  };

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      downloadExport(await fetchExport());
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };
  const confirmDelete = async () => {
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteAccount(password);
      // A full reload, not an in-app step: nothing of the deleted account stays in this
      // tab's memory, and no screen still open can race the sign-out.
      window.location.replace("/login?deleted=1");
    } catch (e) {
      setDeleteError(asFailure(e).message);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      {therapist ? (
        <p>Your account, the couples who brought you in and your own access log. What couples shared with you stays with them.</p>
      ) : (
        <p>
          Everything you've written here is yours: your check-ins, replies, answers, partner-map notes, Readiness results, your words in guided repairs and your
          practice history. What your partner shared with you comes too, under their name; their private things never do.
        </p>
      )}
      <Notice tone="error">{error}</Notice>
      <div className="actions">
        <Button onClick={() => void download()} busy={busy} busyLabel="Preparing…">
          Download everything (JSON)
        </Button>
        <Link to="/account/export" className="button button--secondary">
          See it as a printable page
        </Link>
      </div>
      <div className="field" hidden={therapist}>
        <label htmlFor={`${id}-import`} className="field__label">
          Moving from another Attune server? Bring your export here
        </label>
        <input id={`${id}-import`} type="file" accept="application/json,.json" onChange={(e) => void bringIn(e.target.files?.[0])} />
        <p className="field__hint">
          Your own check-ins (as private), Readiness results, practice history and settings come in. Replies, answers and notes belonged to a couple there and
          stay in the file.
        </p>
      </div>
      <Notice tone="error">{importError}</Notice>
      <Notice tone="success">{imported}</Notice>
      <h3>Delete your account</h3>
      <p className="muted">
        {therapist
          ? "This deletes your account at once, for good. The couples who shared with you will see that your access ended."
          : "This deletes your account and everything in it at once, for good. Your partner will only see that you're no longer linked."}
      </p>
      <div className="actions">
        <Button
          variant="danger"
          onClick={() => {
            setAsking(true);
            setPassword("");
            setDeleteError(null);
          }}
        >
          Delete my account…
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title="Delete your account and everything in it?"
        confirmLabel="Delete everything"
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setAsking(false)}
      >
        <p>This cannot be undone. You may want to download your data first.</p>
        <div className="field">
          <label htmlFor={`${id}-password`} className="field__label">
            Your password, to confirm
          </label>
          <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
      </ConfirmDialog>
    </section>
  );
}
