import { i18nReady } from "./i18n";
import "@xyflow/react/dist/style.css";
import "./styles.css";
import { paletteCssProperties } from "@oppdag/shared";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

// The card palette has one source (shared, which the exported image uses too); styles.css reads it
// through these custom properties, set before the first render.
for (const [name, value] of paletteCssProperties()) document.documentElement.style.setProperty(name, value);

// The person's language is one small request after this script; the page waits for it rather
// than flash another language first.
void i18nReady
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById("root") as HTMLElement).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
