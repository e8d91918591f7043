import { writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { LIMITS } from "../../src/content/kinds";
import { COACH_KEY } from "../../src/features/coach-review/coach-space";
import { makeLink, openFold, openStep } from "./fill-workbook";
import { expect, keep, outputFile, test } from "./fixtures";

/**
 * The coach's space at its edges, tried as a hostile (or just busy) coach would: two coach tabs
 * typing at once, a link opened for review while a comment waits to be saved, a comment longer
 * than an answer may be, a link opened in the coach space, and "Remove my answers" on a computer
 * where the coach space holds a copy of the user's own workbook.
 */

const h1 = (page: Page) => page.getByRole("main").getByRole("heading", { level: 1 });
/** Two questions a coach comments on (a name has no comment box). */
const WHAT = "What your business does, in one line";
const STOPPED =
  "Think of a time you stopped using a business. What happened, and why did you stop?";
const comment = (page: Page, question: string) =>
  page.getByRole("textbox", { name: `Coach's comment on ${question}`, exact: true });

/** A backup someone sent, opened in the coach space; returns the review's address. */
async function openForReview(page: Page): Promise<string> {
  const path = outputFile("keeping-customers-backup-2026-05-03.json");
  writeFileSync(
    path,
    JSON.stringify({
      app: "keeping-customers",
      version: 2,
      exportedAt: "2026-05-03T10:00:00.000Z",
      answers: { yourName: "Amira Khan", businessName: "Bloom & Crumb" },
    }),
  );
  await page.goto("/?coach");
  await expect(h1(page)).toHaveText("Review as coach");
  await page.getByLabel("Open a workbook to review").setInputFiles(path);
  await expect(h1(page)).toHaveText("About you");
  return page.url();
}

type Space = { reviews?: { id: string; comments: Record<string, string> }[] };
const savedSpace = async (page: Page): Promise<Space> =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), COACH_KEY)) ?? "{}") as Space;

test.describe("two coach tabs", () => {
  test("typing within moments of each other keep both comments, in storage and on screen", async ({
    context,
    page: a,
  }) => {
    await context.clock.install();
    const review = await openForReview(a);
    const b = await context.newPage();
    await b.goto(review);
    await expect(h1(b)).toHaveText("About you");

    // B types 100 ms after A, before A's comment is saved (each saves a short pause after).
    await context.clock.pauseAt(Date.now() + 1000);
    await comment(a, WHAT).fill("Say what you bake");
    await context.clock.runFor(100);
    await b.evaluate(() => (location.hash = location.hash.replace("about-you", "why-it-matters")));
    await comment(b, STOPPED).fill("A good example to start from");
    await context.clock.resume();

    await expect
      .poll(async () => (await savedSpace(a)).reviews?.[0]?.comments)
      .toEqual({ businessWhat: "Say what you bake", stoppedUsing: "A good example to start from" });
    await expect(comment(a, WHAT)).toHaveValue("Say what you bake");
    await b.evaluate(() => (location.hash = location.hash.replace("why-it-matters", "about-you")));
    await expect(comment(b, WHAT)).toHaveValue("Say what you bake");
  });

  test("an agreed action added in one leaves the other typing in its own, in the same box", async ({
    context,
    page: a,
  }) => {
    const review = await openForReview(a);
    const agreed = (page: Page) =>
      page
        .getByRole("navigation", { name: "Steps to review" })
        .getByRole("link", { name: "Agreed actions" })
        .click();
    await agreed(a);
    await a.getByRole("button", { name: "Add agreed action" }).click();
    const mine = a.getByRole("textbox", { name: "Action, row 1" });
    await mine.pressSequentially("Ring late");
    await expect(mine).toBeFocused();

    const b = await context.newPage();
    await b.goto(review);
    await agreed(b);
    await expect(b.getByRole("textbox", { name: "Action, row 1" })).toHaveValue("Ring late");
    await b.getByRole("button", { name: "Add agreed action" }).click();
    await b.getByRole("textbox", { name: "Action, row 2" }).fill("Print cards");

    // A is given B's row, and is still in its own box, typing on.
    await expect(a.getByRole("textbox", { name: "Action, row 2" })).toHaveValue("Print cards");
    await expect(mine).toBeFocused();
    await a.keyboard.type(" orders");
    await expect(mine).toHaveValue("Ring late orders");
  });

  test("keep a comment still waiting when a link is opened for review in another tab", async ({
    context,
    page: coach,
    freshProfile,
  }) => {
    const link = await makeLink(await freshProfile(), "Bea Jones");
    await context.clock.install();
    const review = await openForReview(coach);
    // The coach has opened someone's link in another tab, and is asked what to do with it.
    const other = await context.newPage();
    await other.goto(link);
    const dialog = other.getByRole("dialog", { name: "Answers shared with you in a link" });
    const openIt = dialog.getByRole("button", { name: "Open in coach review" });
    await expect(openIt).toBeVisible();

    // A comment typed in the first tab, not yet saved, as the link is opened for review.
    await context.clock.pauseAt(Date.now() + 1000);
    await comment(coach, WHAT).fill("Typed, not yet saved");
    await openIt.click();
    await context.clock.resume();
    await expect(h1(other)).toHaveText("About you");

    // Both kept together: the workbook opened for review, and the comment typed before it.
    const id = new URL(review).hash.split("/")[2];
    await expect
      .poll(async () => {
        const { reviews = [] } = await savedSpace(coach);
        return { workbooks: reviews.length, comments: reviews.find((r) => r.id === id)?.comments };
      })
      .toEqual({ workbooks: 2, comments: { businessWhat: "Typed, not yet saved" } });
    await expect(comment(coach, WHAT)).toHaveValue("Typed, not yet saved");
  });
});

test.describe("a coach's comment", () => {
  test("of 25,000 characters is held to an answer's limit, said so, and accepted as feedback", async ({
    page: coach,
    freshProfile,
  }) => {
    await openForReview(coach);
    const box = comment(coach, WHAT);
    await box.fill("x".repeat(25_000));
    await expect(box).toHaveValue("x".repeat(LIMITS.textLength));
    await expect(coach.getByText("This answer is full: 20,000 characters.")).toBeVisible();
    await expect
      .poll(async () => (await savedSpace(coach)).reviews?.[0]?.comments.businessWhat?.length)
      .toBe(LIMITS.textLength);

    // Download feedback ends the agreed actions, the review's last page.
    await coach.getByRole("link", { name: "Agreed actions and Download feedback" }).click();
    const downloading = coach.waitForEvent("download");
    await coach.getByRole("button", { name: "Download feedback" }).click();
    const feedback = await keep(await downloading);

    // A reload shows all of it, and the entrepreneur's app takes the file.
    await coach.goBack();
    await coach.reload();
    await expect(comment(coach, WHAT)).toHaveValue("x".repeat(LIMITS.textLength));
    const mine = await freshProfile();
    await openStep(mine, "review");
    await openFold(mine, "Your coach");
    await mine.getByLabel("Add coach feedback").setInputFiles(feedback);
    const dialog = mine.getByRole("dialog", { name: "Add your coach's feedback?" });
    await expect(dialog).toContainText("1 comment");
    await dialog.getByRole("button", { name: "Add the feedback" }).click();
    await expect(mine.getByText("Added your coach's feedback")).toBeVisible();
  });
});

test.describe("a link with answers", () => {
  test("opened in the coach space asks, then opens for review", async ({ page, freshProfile }) => {
    const link = new URL(await makeLink(await freshProfile(), "Bea Jones"));
    await page.goto(`/?coach${link.hash}`);
    const dialog = page.getByRole("dialog", { name: "Answers shared with you in a link" });
    await expect(dialog).toContainText("Bea Jones");
    await expect(dialog).toContainText("Your own workbook is not changed.");
    await dialog.getByRole("button", { name: "Open for review" }).click();
    await expect(h1(page)).toHaveText("About you");
    await expect(page.getByText("Bea Jones").first()).toBeVisible();
  });
});

test.describe("Remove my answers", () => {
  test("offers to remove the coach space's copy of the user's own workbook too", async ({
    page,
  }) => {
    const link = await makeLink(page, "Amira Khan");
    await page.goto("about:blank");
    await page.goto(link);
    await page
      .getByRole("dialog", { name: "Answers shared with you in a link" })
      .getByRole("button", { name: "Open in coach review" })
      .click();
    await expect(h1(page)).toHaveText("About you");

    await openStep(page, "review");
    await openFold(page, "Using a shared computer?");
    await page.getByRole("button", { name: "Remove my answers" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove your answers from this browser?" });
    const copy = dialog.getByRole("checkbox", { name: /Also remove the copy of this workbook/ });
    await expect(copy).toBeChecked();
    await dialog.getByRole("button", { name: "Yes, remove them" }).click();
    await expect(page.getByText("Its copy in “Review as coach” was removed too.")).toBeVisible();

    await page.goto("/?coach");
    await expect(page.getByText("No workbooks open yet.")).toBeVisible();
    expect((await savedSpace(page)).reviews).toEqual([]);
  });
});
