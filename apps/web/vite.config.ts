import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { webManifest } from "./src/pwa/manifest.ts";

// The server serves apps/web/dist with an SPA fallback, so the build lands there.
// In dev (`vite --config apps/web/vite.config.ts`) /api is proxied to the server on 8080
// so cookies stay same-origin.
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // Installable app: manifest + our own service worker (src/pwa/sw.ts) with Workbox's
    // precache of the build. The page asks before a new version takes over ("prompt").
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/pwa",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifest: webManifest,
      injectManifest: {
        // The app shell and static files; never /api (nothing people wrote), never source maps.
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
    }),
  ],
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
