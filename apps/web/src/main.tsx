import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createQueryClient } from "./data/query-client.ts";
import { SessionProvider } from "./session/session.tsx";
import { PwaStatus } from "./pwa/pwa-status.tsx";
import { registerServiceWorker } from "./pwa/register.ts";
import "./styles/app.css";

const container = document.getElementById("root");
if (!container) throw new Error("Attune: #root element missing from index.html");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <SessionProvider>
        <PwaStatus />
        <App />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);

void registerServiceWorker();
