import { asFailure } from "../api/client.ts";
import { Notice } from "../ui/notice.tsx";
import { useImport } from "./use-my-data.ts";

/** "Bring your export here": a file from another Attune server, with what came in or why not. */
export function ImportField({ id, hidden }: { id: string; hidden: boolean }) {
  const bringIn = useImport();
  return (
    <>
      <div className="field" hidden={hidden}>
        <label htmlFor={id} className="field__label">
          Moving from another Attune server? Bring your export here
        </label>
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) bringIn.mutate(file);
            else bringIn.reset();
          }}
        />
        <p className="field__hint">
          Your own check-ins (as private), Readiness results, practice history and settings come in. Replies, answers and notes belonged to a couple there and
          stay in the file.
        </p>
      </div>
      <Notice tone="error">{bringIn.error ? asFailure(bringIn.error).message : null}</Notice>
      <Notice tone="success">{bringIn.data ?? null}</Notice>
    </>
  );
}
