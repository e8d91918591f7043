import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// jsPDF imports these lazily for html() and SVG, which the PDF never uses; without the alias Vite
// would still emit them as chunks (and an offline cache would fetch them).
const unusedByPdf = fileURLToPath(new URL("./src/pdf/unused-optional-module.ts", import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { html2canvas: unusedByPdf, canvg: unusedByPdf, dompurify: unusedByPdf } },
  build: {
    target: "es2022",
    sourcemap: false,
    // Every browser the app targets supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // The entry is named "app" so the size budget (.size-limit.json) can find the first-load files.
    rollupOptions: { input: { app: "index.html" } },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
