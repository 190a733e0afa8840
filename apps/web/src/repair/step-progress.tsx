import type { RepairView } from "./api.ts";
import { progressOf } from "./wording.ts";

/** "Step 2 of 7: …" with a bar, while the repair has steps to go. */
export function StepProgress({ view }: { view: RepairView }) {
  const progress = progressOf(view);
  if (!progress) return null;
  return (
    <p className="rp-progress">
      <span>
        Step {progress.index} of {progress.total}: {progress.label}
      </span>
      <span className="rp-progress__bar" aria-hidden="true">
        <span style={{ width: `${(progress.index / progress.total) * 100}%` }} />
      </span>
    </p>
  );
}
