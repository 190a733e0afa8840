import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { SessionProvider } from "./session/session.tsx";
import "./styles/app.css";

const container = document.getElementById("root");
if (!container) throw new Error("Attune: #root element missing from index.html");

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
