import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
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
