/**
 * Dependencies point inwards: the coach and the shared rules know nothing of the apps,
 * the browser never reaches into the server, routes call the domain (never storage), and
 * the domain sees neither HTTP nor SQL. `npm run check:deps` prints the violations;
 * scripts/dependency-rules.test.ts fails CI on any.
 */
const notTest = ["\\.test\\.tsx?$", "/test/"];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle: modules that need each other belong together or need a third module they both import.",
      from: {},
      to: { circular: true },
    },
    {
      name: "routes-call-the-domain",
      severity: "error",
      comment: "Routes are thin: they call domain functions, which own the store.",
      from: { path: "^apps/server/src/routes/", pathNot: notTest },
      to: { path: "^apps/server/src/storage/" },
    },
    {
      name: "web-never-imports-server",
      severity: "error",
      comment: "The browser bundle must not pull server code; shared rules live in packages/shared or the coach.",
      from: { path: "^apps/web/" },
      to: { path: "^apps/server/" },
    },
    {
      name: "coach-imports-nothing-from-the-project",
      severity: "error",
      comment: "The coach is a standalone package: no apps, no other workspace package.",
      from: { path: "^packages/coach/" },
      to: { path: "^(apps/|packages/(?!coach/))" },
    },
    {
      name: "coach-has-no-runtime-dependencies",
      severity: "error",
      comment: "The coach runs in the browser and offline: no npm packages, no Node built-ins outside its CLI and scripts.",
      from: { path: "^packages/coach/src/", pathNot: ["^packages/coach/src/cli/", ...notTest] },
      to: { dependencyTypes: ["core", "npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "shared-imports-no-app",
      severity: "error",
      comment: "Both apps import the shared rules; the shared rules import neither app.",
      from: { path: "^packages/shared/" },
      to: { path: "^(apps/|packages/(?!shared/))" },
    },
    {
      name: "shared-has-no-node",
      severity: "error",
      comment: "The shared rules run in the browser too.",
      from: { path: "^packages/shared/src/", pathNot: notTest },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "domain-knows-no-http",
      severity: "error",
      comment: "Domain modules know nothing of HTTP.",
      from: { path: "^apps/server/src/domain/", pathNot: notTest },
      to: { path: ["^apps/server/src/(http|routes)/", "node_modules/(fastify|@fastify)/"] },
    },
    {
      name: "domain-knows-no-sql",
      severity: "error",
      comment: "Domain modules reach data through the repository interface only.",
      from: { path: "^apps/server/src/domain/", pathNot: notTest },
      to: { path: ["^apps/server/src/storage/(?!store\\.ts$)", "node_modules/(kysely|pg|better-sqlite3)/"] },
    },
    {
      name: "sql-stays-in-storage",
      severity: "error",
      comment: "Only storage speaks SQL.",
      from: { path: "^apps/(server/src/(routes|http|domain)|web)/", pathNot: notTest },
      to: { path: "node_modules/(kysely|pg|better-sqlite3)/" },
    },
    {
      name: "no-importing-test-files",
      severity: "error",
      comment:
        "A test file imported by another registers its tests in the importer as well (vitest shares modules across files), so the suite's count depends on file order: shared test helpers live in a plain module.",
      from: {},
      to: { path: "\\.test\\.tsx?$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing is a typo or a missing dependency.",
      from: {},
      // Vite plugins' virtual modules (vite-plugin-pwa's register helper) exist only at build time.
      to: { couldNotResolve: true, pathNot: "^virtual:" },
    },
  ],
  options: {
    exclude: { path: ["/dist/", "/corpus/"] },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
