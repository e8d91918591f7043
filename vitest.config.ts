import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { firstWords } from "./scripts/first-words.ts";
import { jsPdfLean } from "./scripts/jspdf-lean.ts";
import { pdfFonts } from "./scripts/pdf-fonts.ts";

/**
 * Unit tests of pure modules (`tests/unit/*.test.ts`) run in Node: no page to set up. Component
 * tests (`*.test.tsx`) and the few `.test.ts` files that need a browser's storage or documents
 * run in jsdom, with Testing Library's setup. A new `.test.ts` that needs the DOM goes in the
 * list below (or starts with the comment `// @vitest-environment jsdom`).
 */
const needsDom = [
  "tests/unit/backup-parse.test.ts",
  "tests/unit/coach-space-tabs.test.ts",
  "tests/unit/snapshot-store.test.ts",
  "tests/unit/store-persistence.test.ts",
  "tests/unit/workbook-store.test.ts",
];

export default defineConfig({
  // pdfFonts serves the font URLs the review step's PDF button fetches (virtual:pdf-fonts/latin).
  plugins: [react(), firstWords(), jsPdfLean(), pdfFonts()],
  // The PDF tests run the same jsPDF the app ships: its browser build, cut (scripts/jspdf-lean.ts).
  resolve: { alias: { jspdf: "jspdf/dist/jspdf.es.min.js" } },
  test: {
    globals: true,
    restoreMocks: true,
    // Whole journeys through the app and property tests take a few seconds; a busy machine must
    // not fail them.
    testTimeout: 20_000,
    server: { deps: { inline: ["jspdf"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          exclude: needsDom,
        },
      },
      {
        extends: true,
        test: {
          name: "jsdom",
          environment: "jsdom",
          include: ["tests/unit/**/*.test.tsx", ...needsDom],
          setupFiles: ["tests/unit/setup.ts"],
        },
      },
    ],
  },
});
