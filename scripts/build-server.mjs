// Compiles the server and its operator commands to JavaScript (apps/server/dist/) so a production
// start runs plain Node: no TypeScript loader at run time. Our own workspace packages
// (@attune/shared, @attune/coach) are bundled in; everything from npm stays an import.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workspace = { "@attune/shared": "packages/shared/src/index.ts", "@attune/coach": "packages/coach/src/index.ts" };

await build({
  entryPoints: {
    main: path.join(root, "apps/server/src/main.ts"),
    // The server as a library, for browser tests: they drive what ships, not a transpiled copy.
    server: path.join(root, "apps/server/src/server.ts"),
    backup: path.join(root, "apps/server/src/cli/backup.ts"),
    restore: path.join(root, "apps/server/src/cli/restore.ts"),
  },
  outdir: path.join(root, "apps/server/dist"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "attune-workspace",
      setup(b) {
        b.onResolve({ filter: /^@attune\/(shared|coach)$/ }, (args) => ({ path: path.join(root, workspace[args.path]) }));
      },
    },
  ],
});
