import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { withDefaults } from "../../src/content/kinds";
import type { Answers } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { isoDate } from "../../src/lib/dates";
import { COACH_KEY } from "../../src/features/coach-review/coach-space";
import { backupText } from "../../src/formats/backup-file";
import { pdfText } from "../fixtures/pdf-tools";
import { noAxeViolations } from "./axe";
import { openFold, openStep } from "./fill-workbook";
import { download, expect, outputFile, test } from "./fixtures";

/**
 * The coach's eye: feedback shown where the person coached looks (under its question, marked in
 * the step list and the step's header, "From your coach" on the action points, a page of its
 * own in the PDF), what moved since the last session for both sides, and the coach's own space
 * (styles, saved status, the agreed actions' form with undo and rules, the feedback's name).
 */

/** The answers taken to the first session, on 12 November. */
const FIRST: Answers = withDefaults(workbook, {
  yourName: "Amira Khan",
  businessName: "Bloom & Crumb",
  stoppedUsing: "The bakery on the corner never rang back.",
  contactPoints: [{ id: "c1", point: "Phone enquiry", service: "Answer within three rings" }],
  serviceList: [{ id: "s1", text: "Be friendly" }],
  organisingChecklist: { items: { payWay: { status: "notYet", note: "" } }, own: [] },
  scorecard: [
    {
      id: "m1",
      month: "April",
      asked: "10",
      top: "5",
      bottom: "2",
      complaints: "1",
      compliments: "",
    },
    {
      id: "m2",
      month: "May",
      asked: "12",
      top: "8",
      bottom: "1",
      complaints: "0",
      compliments: "3",
    },
  ],
});
const FIRST_SESSION = new Date(2025, 10, 12, 10, 0).getTime();

/** The answers now: one changed, a row added, one removed, a check changed, one new. */
const NOW: Answers = {
  ...FIRST,
  stoppedUsing: "The bakery on the corner never rang me back about my order.",
  contactPoints: [
    { id: "c1", point: "Phone enquiry", service: "Answer within three rings" },
    { id: "c2", point: "Market stall", service: "Smile, and say when we are there next" },
  ],
  serviceList: [],
  organisingChecklist: { items: { payWay: { status: "yes", note: "" } }, own: [] },
  wordOfMouth: "Friends tell friends about our sourdough.",
};

/** A backup of NOW that remembers the first session's copy. */
function backupFile(): string {
  const file = outputFile("keeping-customers-backup.json");
  const history = {
    workbookId: "wb-amira",
    snapshots: [{ id: "first-session", takenAt: FIRST_SESSION, answers: FIRST }],
  };
  writeFileSync(file, backupText(NOW, new Date(), history));
  return file;
}

const h1 = (page: Page) => page.locator("main h1");

async function reviewStep(coach: Page, title: string) {
  await coach
    .getByRole("navigation", { name: "Steps to review" })
    .getByRole("link", { name: title })
    .click();
  await expect(h1(coach)).toHaveText(title);
}

/** A coach opening a file in their space. */
async function coachOpens(coach: Page, file: string) {
  await coach.goto("/?coach");
  await expect(h1(coach)).toHaveText("Review as coach");
  await coach.getByLabel("Open a workbook to review").setInputFiles(file);
  await expect(h1(coach)).toHaveText("About you");
}

/** The agreed actions kept in the coach space, in their order. */
const savedActions = (page: Page) =>
  page.evaluate((key) => {
    const space = JSON.parse(localStorage.getItem(key) ?? "{}") as {
      reviews?: { actions: { action: string }[] }[];
    };
    return space.reviews?.[0]?.actions.map((row) => row.action) ?? [];
  }, COACH_KEY);

/** A date the agreed-action form takes: a day next year. */
const nextYear = () => `15/6/${new Date().getFullYear() + 1}`;

const COMMENT = "Add the market stall's opening times, so people know when to find you.";
const ACTION = "Ring every customer whose order is running late";

test("the feedback shows under its question, marked in the step list and header, and sums up in the PDF", async ({
  page: mine,
  freshProfile,
}) => {
  test.slow(); // two people, a file each way, and a PDF
  await openStep(mine, "review");
  await openFold(mine, "Keep your answers safe");
  await mine.getByLabel("Restore from backup").setInputFiles(backupFile());
  await mine.getByRole("button", { name: "Replace my answers" }).click();
  await expect(mine.getByText(/Restored your answers/)).toBeVisible();

  const coach = await freshProfile();
  await coachOpens(coach, backupFile());
  // A name is nothing to comment on; what the business does may be.
  await expect(coach.getByLabel(/^Coach's comment on Your name/)).toHaveCount(0);
  await expect(coach.getByLabel(/^Coach's comment on Business name/)).toHaveCount(0);
  await expect(coach.getByLabel(/^Coach's comment on Your coach's name/)).toHaveCount(0);
  await expect(coach.getByLabel(/^Coach's comment on What your business does/)).toBeVisible();
  await reviewStep(coach, "Your customer contact points");
  await coach.getByLabel("Coach's comment on Contact points and good service").fill(COMMENT);
  await reviewStep(coach, "Agreed actions");
  await coach.getByRole("button", { name: "Add agreed action" }).click();
  await coach.getByRole("textbox", { name: "Action, row 1" }).fill(ACTION);
  await coach.getByRole("textbox", { name: "By when, row 1" }).fill(nextYear());
  await coach.getByRole("combobox", { name: "Who, row 1" }).selectOption("Both of you");
  await coach.getByRole("textbox", { name: "Your name" }).fill("Jo Carter");
  const feedback = await download(coach, () =>
    coach.getByRole("button", { name: "Download feedback" }).click(),
  );

  await openFold(mine, "Your coach");
  await mine.getByLabel("Add coach feedback").setInputFiles(feedback);
  await mine
    .getByRole("dialog", { name: "Add your coach's feedback?" })
    .getByRole("button", { name: "Add the feedback" })
    .click();

  // The step list marks the step, there and then, and the step's header says so too.
  const steps = mine.getByRole("navigation", { name: "Workbook steps" });
  const commented = steps.getByRole("link", { name: "Your customer contact points" });
  await expect(commented).toHaveAccessibleDescription(/Coach commented/);
  await expect(
    steps.getByRole("link", { name: "Why customer service matters" }),
  ).not.toHaveAccessibleDescription(/Coach commented/);
  await commented.click();
  await expect(h1(mine)).toHaveText("Your customer contact points");
  await expect(mine.locator(".step-header").getByText("Coach commented")).toBeVisible();

  // Under its question, before the table and the suggestions: not at the foot of the step.
  const said = mine.getByRole("complementary", { name: "Your coach's comment" });
  await expect(said).toContainText("Jo Carter, your coach, said:");
  await expect(said).toContainText(COMMENT);
  const question = mine.getByRole("group", { name: "Contact points and good service" });
  await expect(question.getByRole("complementary")).toHaveCount(1);
  const saidBox = (await said.boundingBox())!;
  const firstCell = (await mine
    .getByRole("textbox", { name: "Customer contact point, row 1" })
    .boundingBox())!;
  const suggestions = (await mine.getByRole("button", { name: "Add Delivery" }).boundingBox())!;
  expect(saidBox.y + saidBox.height).toBeLessThanOrEqual(firstCell.y);
  expect(saidBox.y).toBeLessThan(suggestions.y);

  // The agreed action joins the action points, saying where it came from.
  await openStep(mine, "talk-it-through");
  const action = mine.getByRole("textbox", { name: "Action, row 1" });
  await expect(action).toHaveValue(ACTION);
  await expect(action).toHaveAccessibleDescription("From your coach, for you both");
  await expect(mine.getByText("From your coach, for you both")).toBeVisible();

  // The PDF has a page that sums the feedback up, after the cover.
  await openStep(mine, "review");
  const pdf = await download(mine, () =>
    mine.getByRole("button", { name: "Download PDF" }).click(),
  );
  const second = pdfText(pdf, { first: 2, last: 2 }).replace(/\s+/g, " ");
  expect(second).toContain("From your coach");
  expect(second).toMatch(/Jo Carter, your coach, sent this feedback on \d+ \w+ \d{4}/);
  expect(second).toContain(`Step 3: Contact points and good service ${COMMENT}`);
  expect(second).toContain(`Action By when Who ${ACTION}`);
  expect(second).toContain("You and your coach");
  expect(pdfText(pdf).replace(/\s+/g, " ")).toContain(`Jo Carter, your coach, said`);
});

test("the coach sees what moved since the last session in a second session's PDF; the entrepreneur sees it in words", async ({
  page: mine,
  freshProfile,
}) => {
  test.slow();
  await openStep(mine, "review");
  await openFold(mine, "Keep your answers safe");
  await mine.getByLabel("Restore from backup").setInputFiles(backupFile());
  await mine.getByRole("button", { name: "Replace my answers" }).click();
  await expect(mine.getByText(/Restored your answers/)).toBeVisible();

  // The entrepreneur's own list: a new answer's words, a check's change in words, what went.
  const changes = mine.getByRole("region", { name: "Changes since your last session" });
  const item = (name: RegExp) => changes.getByRole("listitem").filter({ hasText: name });
  await expect(item(/recommend you to others/)).toContainText(
    "Friends tell friends about our sourdough.",
  );
  await expect(item(/easy to do business/)).toContainText(
    "Customers can pay me in the way they prefer: changed from Not yet to Yes",
  );
  await expect(item(/My good customer service list/)).toContainText("removed: Be friendly");

  // The PDF of this second session carries both copies; it marks what went, with its words.
  const pdf = await download(mine, () =>
    mine.getByRole("button", { name: "Download PDF" }).click(),
  );
  const printed = pdfText(pdf).replace(/\s+/g, " ");
  expect(printed).toContain("Removed since 12 Nov It said: Be friendly");

  const coach = await freshProfile({ viewport: { width: 1280, height: 900 } });
  await coachOpens(coach, pdf);
  await expect(
    coach.getByText(
      "Since the copy they took to the session on 12 Nov: 1 new, 3 changed, 1 removed.",
    ),
  ).toBeVisible();
  const nav = coach.getByRole("navigation", { name: "Steps to review" });
  await expect(
    nav.getByRole("link", { name: "Why customer service matters" }),
  ).toHaveAccessibleDescription("1 changed");
  await expect(
    nav.getByRole("link", { name: "Your good customer service list" }),
  ).toHaveAccessibleDescription("1 removed");
  await expect(
    nav.getByRole("link", { name: "Winning customers through service" }),
  ).toHaveAccessibleDescription("1 new");
  await expect(nav.getByRole("link", { name: "About you" })).not.toHaveAccessibleDescription(/./);

  await reviewStep(coach, "Why customer service matters");
  const stopped = coach.getByRole("region", { name: /^Think of a time you stopped using/ });
  await expect(stopped.getByText("Changed since 12 Nov")).toBeVisible();
  await expect(stopped.locator(".word-diff")).toBeVisible();
  const added = (await stopped.locator("ins").allTextContents()).join("");
  expect(added).toContain("me");
  expect(added).toContain("about my order");

  await reviewStep(coach, "Your customer contact points");
  const points = coach.getByRole("region", { name: "Contact points and good service" });
  await expect(points.locator("ins")).toHaveText(
    "added: Market stall | Smile, and say when we are there next",
  );

  await reviewStep(coach, "Your good customer service list");
  const list = coach.getByRole("region", { name: "My good customer service list" });
  await expect(list.getByText("Removed since 12 Nov")).toBeVisible();
  await expect(list.locator("del")).toHaveText("removed: Be friendly");
  await expect(list.getByText("Not answered yet")).toBeVisible();

  await reviewStep(coach, "Organising for customer service");
  await expect(
    coach.getByText("Customers can pay me in the way they prefer: changed from Not yet to Yes"),
  ).toBeVisible();

  await reviewStep(coach, "Winning customers through service");
  await expect(coach.getByText("New since 12 Nov")).toBeVisible();
});

test.describe("the agreed actions", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("a removed action comes back with Undo, where it was, with focus kept", async ({
    page: coach,
  }) => {
    await coachOpens(coach, backupFile());
    await reviewStep(coach, "Agreed actions");
    const add = coach.getByRole("button", { name: "Add agreed action" });
    const action = (n: number) => coach.getByRole("textbox", { name: `Action, row ${n}` });
    await add.click();
    await expect(action(1)).toBeFocused();
    await coach.keyboard.type("Ask three customers for a testimonial");
    await add.click();
    await action(2).fill(ACTION);

    await coach.getByRole("button", { name: "Remove row 1" }).click();
    const undo = coach.getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    await expect(undo).toHaveAccessibleDescription(
      "Removed agreed action 1: Ask three customers for a testimonial.",
    );
    await expect(action(1)).toHaveValue(ACTION);
    await expect(action(2)).toHaveCount(0);

    await coach.keyboard.press("Enter");
    await expect(action(1)).toHaveValue("Ask three customers for a testimonial");
    await expect(action(1)).toBeFocused();
    await expect(action(2)).toHaveValue(ACTION);
    await expect(undo).toHaveCount(0);

    // Kept in the coach space, in that order.
    await expect
      .poll(() => savedActions(coach))
      .toEqual(["Ask three customers for a testimonial", ACTION]);
    await coach.reload();
    await expect(action(1)).toHaveValue("Ask three customers for a testimonial");
    await expect(action(2)).toHaveValue(ACTION);
  });

  test("two coach tabs on the agreed actions each show, and keep, what the other agreed", async ({
    context,
    page: a,
  }) => {
    await coachOpens(a, backupFile());
    await reviewStep(a, "Agreed actions");
    const b = await context.newPage();
    await b.goto(a.url());
    await expect(h1(b)).toHaveText("Agreed actions");
    const action = (page: Page, n: number) =>
      page.getByRole("textbox", { name: `Action, row ${n}` });

    await a.getByRole("button", { name: "Add agreed action" }).click();
    await action(a, 1).fill(ACTION);
    await expect(action(b, 1)).toHaveValue(ACTION);
    await b.getByRole("button", { name: "Add agreed action" }).click();
    await action(b, 2).fill("Ask three customers for a testimonial");
    await expect(action(a, 2)).toHaveValue("Ask three customers for a testimonial");
    await expect(action(a, 1)).toHaveValue(ACTION);
    await expect
      .poll(() => savedActions(b))
      .toEqual([ACTION, "Ask three customers for a testimonial"]);
    await b.reload();
    await expect(action(b, 1)).toHaveValue(ACTION);
    await expect(action(b, 2)).toHaveValue("Ask three customers for a testimonial");
  });

  test("the form says what to change, and Download feedback names the file after the client and the day", async ({
    page: coach,
  }) => {
    await coachOpens(coach, backupFile());
    await reviewStep(coach, "Agreed actions");
    await coach.getByRole("button", { name: "Add agreed action" }).click();
    const submit = coach.getByRole("button", { name: "Download feedback" });
    const action = coach.getByRole("textbox", { name: "Action, row 1" });
    const when = coach.getByRole("textbox", { name: "By when, row 1" });
    const who = coach.getByRole("combobox", { name: "Who, row 1" });

    let downloads = 0;
    coach.on("download", () => downloads++);
    await submit.click();
    await expect(coach.getByRole("alert")).toHaveText(
      "The feedback was not downloaded: an agreed action needs another look. What to change is said under each box.",
    );
    await expect(action).toBeFocused();
    await expect(action).toHaveAccessibleDescription("Write what you agreed, or remove it.");
    await expect(when).toHaveAccessibleDescription("Say by when, as a date such as 30 June.");
    await expect(who).toHaveAccessibleDescription("Choose who will do it.");
    await expect(action).toHaveAttribute("aria-invalid", "true");

    await action.fill(ACTION);
    await when.fill("soon");
    await submit.click();
    await expect(when).toBeFocused();
    await expect(when).toHaveAccessibleDescription(
      "“soon” is not a date. Write one such as 30 June or 30/6/2026.",
    );
    await when.fill("1/1/2020");
    await expect(when).toHaveAccessibleDescription("That date has passed. Write a later one.");
    await when.fill(nextYear());
    await expect(when).not.toHaveAttribute("aria-invalid");
    await who.selectOption("Amira Khan");
    expect(downloads).toBe(0);

    const file = await download(coach, () => submit.click());
    const name = `keeping-customers-feedback-bloom-crumb-${isoDate(new Date())}.json`;
    expect(file.endsWith(`/${name}`)).toBe(true);
    await expect(coach.getByRole("status").filter({ hasText: `Downloaded ${name}` })).toBeVisible();
    const sent = JSON.parse(readFileSync(file, "utf8")) as {
      forBusiness: string;
      actions: { action: string; byWhen: string; who: string }[];
    };
    expect(sent.forBusiness).toBe("Bloom & Crumb");
    expect(sent.actions).toEqual([
      expect.objectContaining({ action: ACTION, byWhen: nextYear(), who: "client" }),
    ]);
  });
});

for (const colorScheme of ["light", "dark"] as const)
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 720 },
  ])
    test(`the coach space passes axe at ${viewport.width} px, ${colorScheme}`, async ({
      page: coach,
    }) => {
      await coach.setViewportSize(viewport);
      await coach.emulateMedia({ colorScheme });
      await coach.goto("/?coach");
      await expect(h1(coach)).toHaveText("Review as coach");
      await noAxeViolations(coach, "the coach's home, empty");
      await coach.getByLabel("Open a workbook to review").setInputFiles(backupFile());
      await expect(h1(coach)).toHaveText("About you");
      await noAxeViolations(coach, "a step, with what moved");
      const goTo = async (title: string) => {
        const link = coach
          .getByRole("navigation", { name: "Steps to review" })
          .getByRole("link", { name: title, includeHidden: true });
        await coach.evaluate(
          (hash) => (location.hash = hash),
          (await link.getAttribute("href")) ?? "",
        );
        await expect(h1(coach)).toHaveText(title);
      };
      await goTo("Why customer service matters");
      await coach.getByLabel(/^Coach's comment on Think of a time/).fill("Good example.");
      await goTo("Measure and manage");
      await noAxeViolations(coach, "the scorecard step");
      await goTo("Agreed actions");
      await coach.getByRole("button", { name: "Add agreed action" }).click();
      await coach.getByRole("button", { name: "Download feedback" }).click();
      await expect(coach.getByRole("alert")).toBeVisible();
      await noAxeViolations(coach, "the agreed actions, with problems");
      await coach.getByRole("button", { name: "Remove row 1" }).click();
      await expect(coach.getByRole("button", { name: "Undo" })).toBeFocused();
      await noAxeViolations(coach, "the agreed actions, after a removal");
      await coach.getByRole("link", { name: "All workbooks" }).click();
      await expect(h1(coach)).toHaveText("Review as coach");
      await noAxeViolations(coach, "the coach's home, with a workbook");
    });
