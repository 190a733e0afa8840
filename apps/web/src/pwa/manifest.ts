import type { ManifestOptions } from "vite-plugin-pwa";

/** The installed app: its name, colours (the app's paper and accent), icons and shortcuts. */
export const webManifest: Partial<ManifestOptions> = {
  id: "/",
  name: "Attune",
  short_name: "Attune",
  description: "Attune helps couples build emotional intimacy through empathy, practised in small daily moments.",
  lang: "en",
  start_url: "/",
  scope: "/",
  display: "standalone",
  orientation: "portrait",
  background_color: "#fbf5ee",
  theme_color: "#fbf5ee",
  categories: ["lifestyle", "health"],
  icons: [
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
  ],
  shortcuts: [
    { name: "Check in", short_name: "Check in", url: "/check-in", icons: [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }] },
    { name: "Today's question", short_name: "Question", url: "/daily", icons: [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }] },
  ],
};
