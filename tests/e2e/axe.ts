import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Fails with every rule axe finds broken on the page as it is now, and where.
 *
 * Every scan here uses `setLegacyMode()`: axe runs in the page itself instead of gathering its
 * results in a new blank page per scan, which halves a scan's time. The same rules run; what it
 * gives up is scanning cross-origin frames, and the app has no frames.
 */
export async function noAxeViolations(page: Page, what = "the page"): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    what,
  ).toEqual([]);
}
