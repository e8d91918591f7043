import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app";
import { WorkbookProvider } from "./workbook-provider";

/**
 * The first screen as HTML, made once at build time and written into index.html (see
 * vite.config.ts), so a phone paints it before any JavaScript arrives. It is what a new visitor
 * sees: the personal workbook's first step, every answer empty. The browser then hydrates it
 * (src/main.tsx) when that is what it would show; otherwise it draws the right screen afresh.
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <WorkbookProvider saved={false}>
        <App />
      </WorkbookProvider>
    </StrictMode>,
  );
}
