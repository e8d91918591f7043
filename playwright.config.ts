import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

/**
 * The end-to-end tests (tests/e2e/*.test.ts) drive the production build in the system Chromium.
 *
 * Writing one:
 * - Import `test` and `expect` from "./fixtures", not from "@playwright/test": its `page` starts
 *   in an empty browser profile and the test fails on any error thrown in the page or anything
 *   the Content-Security-Policy blocks. `freshProfile()` gives another person's browser.
 * - Find things as a person does (getByRole, getByLabel) and assert with the matchers that wait:
 *   `await expect(locator).toHaveText(…)`, `toHaveValue`, `toBeVisible`, `toHaveCount`.
 * - Never wait for a length of time (lint forbids it). Wait for what the app shows (the
 *   "Saved on this device" status, a download, an element), or for a signal the app gives
 *   (`performance` marks). A test that depends on timing controls it instead of racing it: it
 *   holds the request it depends on with `page.route` until the moment it needs, or sets the
 *   pages' clock with `context.clock`.
 * - Every test gets a fresh browser context, and tests run in parallel, in any order: a test
 *   never depends on another one. Helpers for steps, saving and storage: ./tests/e2e/fill-workbook.ts.
 */

/** A port nothing listens on now: the default, so runs in several checkouts never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);

// Kept in the environment, so the test workers (which read this file again) use the same port.
process.env.E2E_PORT ??= String(await freePort());
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.test.ts",
  // Tests, not only files, share out among the workers: one per core, each with its browser.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  // A test that passes only on a second try is a test to mend, so there are no second tries.
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous, for a busy machine: a test that works finishes well within them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  // What a failed test leaves behind (trace, screenshot, its downloads) is in test-results/.
  preserveOutput: "failures-only",
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    // `npx playwright show-trace test-results/<test>/trace.zip` replays a failed test's actions,
    // console and network. Page snapshots are left out: they cost every test about a sixth of
    // its time; the failure's screenshot and error-context.md show the page as it was.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false, sources: false },
    screenshot: "only-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The production build, made afresh and served as `npm start` serves it.
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${process.env.E2E_PORT} --strictPort`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
