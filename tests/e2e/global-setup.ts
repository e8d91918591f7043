import { existsSync } from "node:fs";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (dist/) on loopback for the whole e2e run. */
export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("Build the app first: npm run build");
  const server = await preview({ preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its address");
  project.provide("baseUrl", url.replace(/\/$/, ""));
  return async () => {
    await server.close();
  };
}
