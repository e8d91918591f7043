import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { fitTextBoxesForPrint } from "./features/print/print-fit";
import { registerOfflineApp } from "./features/offline/register-offline-app";
import { WorkbookProvider } from "./app/workbook-provider";
import { watchInstallOffer } from "./features/keep-safe/install-offer";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <WorkbookProvider>
      <App />
    </WorkbookProvider>
  </StrictMode>,
);

registerOfflineApp();
watchInstallOffer();
fitTextBoxesForPrint();
