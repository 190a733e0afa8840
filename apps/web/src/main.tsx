import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("Attune: #root element missing from index.html");

createRoot(container).render(
  <StrictMode>
    <main>
      <h1>Attune</h1>
    </main>
  </StrictMode>,
);
