import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { jsPdfLean } from "./scripts/jspdf-lean.ts";

export default defineConfig({
  plugins: [react(), jsPdfLean()],
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
