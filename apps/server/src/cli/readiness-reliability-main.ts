import { runReadinessReliability } from "./readiness-reliability.ts";

// `npm run readiness-reliability -- consented.txt` (see docs/content.md, "Readiness Test").
runReadinessReliability(process.argv.slice(2), process.env, { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Could not compute reliability: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
