import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Seconds each file ran in a CI run (scripts/ci/record-durations.mjs writes it).
const recorded: Record<string, number> = JSON.parse(readFileSync(new URL("./test-durations.json", import.meta.url), "utf8"));

/**
 * Longest files first, so the workers finish together instead of one running a long file
 * alone at the end. Vitest does this from its own cache, which a clean clone (CI) lacks: then
 * it goes by file size, and a short file of many lines starts before a long one of few. Files
 * the table does not know go first (they may be long); the rest by the table, then by
 * vitest's own order.
 */
export class DurationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const rank = new Map(byVitest.map((spec, i) => [spec, i]));
    const seconds = (spec: TestSpecification) => recorded[relative(spec.project.config.root, spec.moduleId)] ?? Number.POSITIVE_INFINITY;
    return [...byVitest].sort((a, b) => {
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (group !== 0) return group;
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return seconds(b) - seconds(a) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
    });
  }
}
