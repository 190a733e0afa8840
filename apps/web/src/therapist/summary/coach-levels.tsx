import { nameIn, percent, type Summary } from "./types.ts";
import { WeeklyTables } from "./weekly-tables.tsx";

/** How often replies reached Level One or Two of listening each week: counts, no words. */
export function CoachLevels({ summary, data }: { summary: Summary; data: NonNullable<Summary["coachLevels"]> }) {
  return (
    <WeeklyTables
      people={data}
      name={nameIn(summary)}
      caption={(name) => `${name}: listening in replies each week`}
      none={(name) => `No replies from ${name} in these weeks.`}
      columns={["Replies", "Level One or Two", "Level Two"]}
      cells={(w) => [w.replies, percent(w.levelOneOrTwo), percent(w.levelTwo)]}
    />
  );
}
