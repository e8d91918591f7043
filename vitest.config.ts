import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { jsPdfLean } from "./scripts/jspdf-lean.ts";
import { pdfFonts } from "./scripts/pdf-fonts.ts";

export default defineConfig({
  // pdfFonts serves the font URLs the review step's PDF button fetches (virtual:pdf-fonts/latin).
  plugins: [react(), jsPdfLean(), pdfFonts()],
  // The PDF tests run the same jsPDF the app ships: its browser build, cut (scripts/jspdf-lean.ts).
  resolve: { alias: { jspdf: "jspdf/dist/jspdf.es.min.js" } },
  test: {
    globals: true,
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    restoreMocks: true,
    server: { deps: { inline: ["jspdf"] } },
  },
});
