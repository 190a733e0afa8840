import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves apps/web/dist with an SPA fallback, so the build lands there.
// In dev (`vite --config apps/web/vite.config.ts`) /api is proxied to the server on 8080
// so cookies stay same-origin.
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      // changeOrigin stays false so the server sees the dev page's own host, and the
      // CSRF origin check (Origin must match Host) passes as it does in production.
      "/api": { target: "http://localhost:8080", changeOrigin: false },
    },
  },
});
