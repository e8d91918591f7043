import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from "@playwright/test";

/**
 * What every end-to-end test starts from (see playwright.config.ts for how to write one): a
 * fresh browser context per test, held to two rules. Anything the Content-Security-Policy blocks
 * is an error in the page, since the policy must allow all the app does; and an error thrown in
 * any page of the test fails the test.
 */

type Options = {
  /** Off (`test.use({ failOnPageError: false })`) only for a test that checks the errors itself. */
  failOnPageError: boolean;
};

type Fixtures = {
  /** A page in another, empty browser profile: another person, or another computer. */
  freshProfile: (options?: BrowserContextOptions) => Promise<Page>;
  /** A browser whose profile is kept in `dir`, so a test can close it and open it again. */
  persistentProfile: (dir: string) => Promise<BrowserContext>;
};

/** Holds a context to the two rules; the returned check fails the test if a page threw. */
export async function guard(
  context: BrowserContext,
  failOnPageError: boolean,
): Promise<() => void> {
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => {
      throw new Error(
        `Blocked by the Content-Security-Policy: ${event.violatedDirective} ${event.blockedURI}`,
      );
    }),
  );
  const errors: string[] = [];
  if (failOnPageError)
    context.on("weberror", (webError) => {
      const error = webError.error();
      errors.push(error.stack ?? error.message);
    });
  return () => expect(errors, "errors thrown in the page").toEqual([]);
}

export const test = base.extend<Fixtures & Options>({
  failOnPageError: [true, { option: true }],

  context: async ({ context, failOnPageError }, use) => {
    const check = await guard(context, failOnPageError);
    await use(context);
    check();
  },

  freshProfile: async ({ browser, failOnPageError }, use) => {
    const opened: { context: BrowserContext; check: () => void }[] = [];
    await use(async (options = {}) => {
      // The config's options (address, viewport, tracing) apply to this context too.
      const context = await browser.newContext(options);
      opened.push({ context, check: await guard(context, failOnPageError) });
      return context.newPage();
    });
    for (const { context, check } of opened) {
      await context.close();
      check();
    }
  },

  persistentProfile: async (
    { playwright, launchOptions, headless, viewport, baseURL, failOnPageError },
    use,
  ) => {
    const opened: { context: BrowserContext; check: () => void }[] = [];
    await use(async (dir) => {
      const context = await playwright.chromium.launchPersistentContext(dir, {
        ...launchOptions,
        headless,
        viewport,
        baseURL,
      });
      opened.push({ context, check: await guard(context, failOnPageError) });
      return context;
    });
    for (const { context, check } of opened) {
      await context.close();
      check();
    }
  },
});

export { expect };

let kept = 0;

/**
 * Saves a download under the name the app gave it, as a Downloads folder would have it, in a
 * folder of its own among the test's output (test-results/, kept only when the test fails).
 */
export async function keep(download: Download): Promise<string> {
  const path = test.info().outputPath(`download-${++kept}`, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Clicks what downloads a file (a button, or a file's label), and keeps the file: its path. */
export async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const waiting = page.waitForEvent("download");
  await click();
  return keep(await waiting);
}

/** A path for a file the test writes itself, among the test's output. */
export function outputFile(name: string): string {
  const path = test.info().outputPath(`file-${++kept}`, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** A path in the production build that the tests are served (dist/). */
export function built(...parts: string[]): string {
  return join(fileURLToPath(new URL("../../dist", import.meta.url)), ...parts);
}
