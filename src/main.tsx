import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { fitTextBoxesForPrint } from "./app/print-fit";
import { registerOfflineApp } from "./app/pwa-register";
import { WorkbookProvider } from "./app/workbook-switch";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <WorkbookProvider>
      <App />
    </WorkbookProvider>
  </StrictMode>,
);

registerOfflineApp();
fitTextBoxesForPrint();
