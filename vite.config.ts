import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { firstScreen } from "./scripts/first-screen-plugin.ts";
import { jsPdfLean } from "./scripts/jspdf-lean.ts";
import { pdfFonts } from "./scripts/pdf-fonts.ts";

// jsPDF imports these lazily for html() and SVG, which the PDF never uses; without the alias Vite
// would still emit them as chunks (and an offline cache would fetch them). fast-png (with pako)
// only decodes PNG images, which the PDF has none of: 65 KB less for the PDF worker to load.
const jspdfOptionalDepsStub = fileURLToPath(
  new URL("./src/pdf/jspdf-optional-deps-stub.ts", import.meta.url),
);

/**
 * index.html carries a Content-Security-Policy that lets only the app's own files load. The dev
 * server's hot reload needs inline scripts, so in development the policy is left out.
 */
function devWithoutSecurityPolicy(): Plugin {
  return {
    name: "dev-without-security-policy",
    apply: "serve",
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
  };
}

export default defineConfig({
  // Every address in the build is relative, so the same build works at a site's root or under a
  // sub-path such as /keeping-customers/ (the routes are after #, the worker and manifest sit
  // beside index.html), with nothing to set at build time.
  base: "./",
  // pdfFonts cuts the PDF's fonts into script groups on every build (see scripts/pdf-fonts.ts).
  plugins: [react(), firstScreen(), pdfFonts(), offlineApp(), devWithoutSecurityPolicy()],
  resolve: {
    alias: {
      html2canvas: jspdfOptionalDepsStub,
      canvg: jspdfOptionalDepsStub,
      dompurify: jspdfOptionalDepsStub,
      "fast-png": jspdfOptionalDepsStub,
    },
  },
  // The PDF worker (src/pdf/pdf-worker.ts) is a module worker, like the page's own code.
  // It fetches the Latin fonts itself, so it reads the font build's URLs too, and it holds
  // jsPDF, cut to the parts the PDF uses (scripts/jspdf-lean.ts).
  worker: { format: "es", plugins: () => [pdfFonts(), jsPdfLean()] },
  build: {
    target: "es2022",
    sourcemap: false,
    // Every browser the app targets supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // One stylesheet, tied to no chunk: it is written inline into index.html
    // (scripts/first-screen-plugin.ts), so no chunk loaded later should go looking for it.
    cssCodeSplit: false,
    // The entry is named "app" so the size budget (.size-limit.js) can find the first-load files.
    rollupOptions: {
      input: { app: "index.html" },
      // Everything the first page needs (the entry and all it imports statically) is one file.
      // Left to itself, Rolldown moved modules shared with lazy parts into common chunks of
      // their own whenever its greedy merge met a would-be cycle, and which of those it met
      // changed with unrelated edits: the first load became four files and 2 KB bigger.
      output: { codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] } },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});

/**
 * The installable, offline app: a service worker that precaches every built file (the PDF's
 * fonts too, so a PDF can be made with no network) and a web app manifest. The worker is
 * registered by src/features/offline/register-offline-app.ts, which decides when an update takes over.
 */
function offlineApp() {
  return VitePWA({
    strategies: "generateSW",
    // A new worker waits (no skipWaiting) until the app swaps it in at the start of a visit.
    registerType: "prompt",
    injectRegister: false,
    // Every built file is precached by the glob below, the icons included.
    includeManifestIcons: false,
    manifest: {
      name: "Keeping Customers",
      short_name: "Keep Customers",
      description: "A step-by-step customer service workbook. Your answers stay on this device.",
      lang: "en-GB",
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: "#1f5f5b",
      background_color: "#f7f5f0",
      icons: [
        { src: "pwa-192.png", sizes: "192x192", type: "image/png" },
        { src: "pwa-512.png", sizes: "512x512", type: "image/png" },
        { src: "maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{html,js,css,svg,png,ico,ttf,zlib,woff,woff2}"],
      // The PDF worker (jsPDF) is ~240 KB and the largest font group ~340 KB; room to spare.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      navigateFallback: "index.html",
    },
  });
}
