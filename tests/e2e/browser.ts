import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";

export function baseUrl(): string {
  return inject("baseUrl");
}

/** The launch options for the system Chromium. A missing browser fails the run, never skips it. */
function systemChromium() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

export async function launch(): Promise<Browser> {
  return chromium.launch(systemChromium());
}

/** A browser with a profile on disk, so a test can close it and open it again. */
export async function launchPersistent(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...systemChromium(),
    viewport: { width: 1280, height: 800 },
  });
}

/** One browser per test file; a fresh context (empty profile) per test. */
export function useBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    async newPage(
      options: Parameters<Browser["newContext"]>[0] = {},
    ): Promise<{ context: BrowserContext; page: Page }> {
      if (!state.browser) throw new Error("Browser not started");
      const context = await state.browser.newContext({
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      // Anything the Content-Security-Policy blocks is a failure: it must allow all the app does.
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) => {
          throw new Error(
            `Blocked by the Content-Security-Policy: ${event.violatedDirective} ${event.blockedURI}`,
          );
        }),
      );
      const page = await context.newPage();
      page.on("pageerror", (error) => {
        throw error;
      });
      return { context, page };
    },
  };
}
