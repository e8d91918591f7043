import { AxeBuilder } from "@axe-core/playwright";
import jsQR from "jsqr";
import type { Page } from "@playwright/test";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText } from "../fixtures/pdf-tools";
import { appStarted, openStep, waitForSaved, openFold } from "./fill-workbook";
import { download, expect, outputFile, test } from "./fixtures";

const h1 = (page: Page) => page.locator("main h1");

async function goToStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Workbook steps" })
    .getByRole("link", { name: title })
    .click();
  await expect(h1(page)).toHaveText(title);
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const ANSWER = "We lost a regular when her cake was late and nobody rang her.";
const COMMENT = "Good honest example: what will you do the next time an order runs late?";
const ACTION = "Ring every customer whose order is running late";

/** An entrepreneur's workbook with a name, a business and one answer. */
async function entrepreneur(page: Page) {
  await openStep(page, "about-you");
  await page.getByLabel("Your name").fill("Amira Khan");
  await page.getByLabel("Business name").fill("Bloom & Crumb");
  await goToStep(page, "Why customer service matters");
  await page
    .getByLabel("Think of a time you stopped using a business", { exact: false })
    .fill(ANSWER);
  return page;
}

test.describe("the coach, with files", () => {
  test("a coach reviews a backup, and the entrepreneur adds the feedback: on screen and in the PDF", async ({
    page,
    freshProfile,
  }) => {
    const mine = await entrepreneur(page);
    await goToStep(mine, "Review and download");
    await openFold(mine, "Keep your answers safe");
    const backup = await download(mine, () =>
      mine.getByRole("button", { name: "Download backup" }).click(),
    );

    // The coach, on their own computer, with a workbook of their own.
    const coach = await freshProfile();
    await openStep(coach, "about-you");
    await coach.getByLabel("Your name").fill("Coach Carter");
    await goToStep(coach, "Review and download");
    await openFold(coach, "Your coach");
    await coach.getByRole("button", { name: "Review as coach" }).click();
    await expect(h1(coach)).toHaveText("Review as coach");
    await noAxeViolations(coach);
    await coach.getByLabel("Open a workbook to review").setInputFiles(backup);

    await expect(h1(coach)).toHaveText("About you");
    await coach.getByRole("button", { name: /^Next/ }).click();
    await expect(h1(coach)).toHaveText("Why customer service matters");
    await expect(coach.getByText(ANSWER)).toBeVisible();
    // Read-only: the answer is text, not a box that can be typed in.
    await expect(coach.getByRole("textbox", { name: /^Think of a time/ })).toHaveCount(0);
    await coach
      .getByLabel("Coach's comment on Think of a time you stopped using a business", {
        exact: false,
      })
      .fill(COMMENT);
    await noAxeViolations(coach);

    await coach
      .getByRole("navigation", { name: "Steps to review" })
      .getByRole("link", { name: "Agreed actions" })
      .click();
    await coach.getByRole("button", { name: "Add agreed action" }).click();
    await coach.getByRole("textbox", { name: "Action, row 1" }).fill(ACTION);
    await coach.getByRole("textbox", { name: "By when, row 1" }).fill("End of June");
    await coach.getByRole("combobox", { name: "Who, row 1" }).selectOption("Amira Khan");
    const feedback = await download(coach, () =>
      coach.getByRole("button", { name: "Download feedback" }).click(),
    );

    // The workbook stays open in the coach space, with its comment, after a reload.
    await coach.reload();
    await coach.getByRole("link", { name: "All workbooks" }).click();
    await expect(coach.getByRole("link", { name: "Amira Khan, Bloom & Crumb" })).toBeVisible();
    // The coach's own workbook is untouched.
    const coachOwn = await coach.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);
    expect(coachOwn).toContain("Coach Carter");
    expect(coachOwn).not.toContain("Amira");

    // The entrepreneur adds the feedback.
    await openFold(mine, "Your coach");
    await mine.getByLabel("Add coach feedback").setInputFiles(feedback);
    const dialog = mine.getByRole("dialog", { name: "Add your coach's feedback?" });
    await expect(dialog.getByText(ACTION, { exact: false })).toBeVisible();
    await dialog.getByRole("button", { name: "Add the feedback" }).click();
    await goToStep(mine, "Why customer service matters");
    const said = mine.getByRole("complementary", { name: "Your coach's comment" });
    await expect(said).toContainText(COMMENT);
    await expect(
      mine.getByLabel("Think of a time you stopped using a business", { exact: false }),
    ).toHaveValue(ANSWER);
    await goToStep(mine, "Talk it through");
    await expect(mine.getByRole("textbox", { name: "Action, row 1" })).toHaveValue(ACTION);

    await goToStep(mine, "Review and download");
    const pdf = await download(mine, () =>
      mine.getByRole("button", { name: "Download PDF" }).click(),
    );
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Your coach said");
    expect(text).toContain(COMMENT);
    expect(text).toContain(ACTION);
  });

  test("a coach opens a PDF the app made, and is told plainly when a PDF was not", async ({
    page,
    freshProfile,
  }) => {
    const mine = await entrepreneur(page);
    await waitForSaved(mine, ANSWER);
    await goToStep(mine, "Review and download");
    const pdf = await download(mine, () =>
      mine.getByRole("button", { name: "Download PDF" }).click(),
    );

    const coach = await freshProfile({ viewport: { width: 1280, height: 900 } });
    await coach.goto("/?coach");
    await expect(h1(coach)).toHaveText("Review as coach");
    const open = coach.getByLabel("Open a workbook to review");
    // The file picker offers PDFs as well as backup files.
    await expect(open).toHaveAttribute("accept", /\.json,.*\.pdf/);

    // A PDF from elsewhere (the browser's own print of a page) holds no answers.
    const stranger = outputFile("not-ours.pdf");
    await coach.pdf({ path: stranger });
    await open.setInputFiles(stranger);
    await expect(
      coach
        .getByRole("alert")
        .filter({ hasText: "This PDF was not made by this workbook" })
        .filter({ hasText: "Nothing has been opened" }),
    ).toBeVisible();
    await expect(h1(coach)).toHaveText("Review as coach");

    await open.setInputFiles(pdf);
    await expect(h1(coach)).toHaveText("About you");
    await expect(coach.getByText("Bloom & Crumb").first()).toBeVisible();
    await coach.getByRole("button", { name: /^Next/ }).click();
    await expect(coach.getByText(ANSWER)).toBeVisible();
    await coach.getByRole("link", { name: "All workbooks" }).click();
    await expect(coach.getByRole("link", { name: "Amira Khan, Bloom & Crumb" })).toBeVisible();
    await expect(coach.getByRole("alert")).toHaveCount(0);
  });

  test("a damaged feedback file gets a clear message and changes nothing", async ({ page }) => {
    const mine = await entrepreneur(page);
    await waitForSaved(mine, ANSWER);
    await goToStep(mine, "Review and download");
    const answers = () =>
      mine.evaluate((key) => {
        const saved = JSON.parse(localStorage.getItem(key) ?? "{}") as {
          state?: { answers?: unknown };
        };
        return JSON.stringify(saved.state?.answers);
      }, PERSONAL_KEY);
    const before = await answers();
    await openFold(mine, "Your coach");
    await mine.getByLabel("Add coach feedback").setInputFiles({
      name: "keeping-customers-feedback-2025-05-03.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"app":"keeping-customers-feedback","version":1,"comments":'),
    });
    await expect(
      mine.getByRole("alert").filter({ hasText: "Nothing has been changed" }),
    ).toBeVisible();
    expect(await answers()).toBe(before);
    expect(
      await mine.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("feedback"))),
    ).toEqual([]);
  });
});

test.describe("Copy link to my answers", () => {
  test("the link holds the answers after # only, and a fresh browser previews and adds them", async ({
    context,
    page: mine,
    baseURL,
    freshProfile,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openStep(mine, "about-you");
    await mine.getByLabel("Your name").fill("Amira Khan");
    await mine.getByLabel("Business name").fill("Bloom & Crumb");
    await goToStep(mine, "Why customer service matters");
    await mine
      .getByLabel("Think of a time you stopped using a business", { exact: false })
      .fill(ANSWER);
    await goToStep(mine, "Review and download");
    await openFold(mine, "Send your answers in a link");
    await mine.getByRole("button", { name: "Copy link to my answers" }).click();
    const link = await mine.getByLabel("Link to your answers").inputValue();
    expect(await mine.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const url = new URL(link);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${baseURL}/`);
    expect(url.hash).toMatch(/^#answers=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain("Amira");

    // A fresh profile: the server never sees the answers, and nothing is added until asked.
    const other = await freshProfile();
    const requested: string[] = [];
    other.on("request", (request) => requested.push(request.url()));
    await other.goto(link);
    await appStarted(other);
    const dialog = other.getByRole("dialog", { name: "Answers shared with you in a link" });
    await expect(dialog.getByText("Bloom & Crumb")).toBeVisible();
    await expect(dialog.getByText("Amira Khan")).toBeVisible();
    expect(await other.evaluate(() => location.hash)).not.toContain("answers=");
    await noAxeViolations(other);
    await dialog.getByRole("button", { name: "Add to my workbook" }).click();
    await goToStep(other, "Why customer service matters");
    await expect(
      other.getByLabel("Think of a time you stopped using a business", { exact: false }),
    ).toHaveValue(ANSWER);
    expect(requested.filter((r) => r.includes("answers="))).toEqual([]);

    // Opened again where there are answers: replacing them asks first.
    await other
      .getByLabel("Think of a time you stopped using a business", { exact: false })
      .fill("My own words");
    await other.goto("about:blank");
    await other.goto(link);
    await appStarted(other);
    const again = other.getByRole("dialog", { name: "Answers shared with you in a link" });
    await again.getByRole("button", { name: "Replace my answers" }).click();
    await expect(again.getByText("It cannot be undone", { exact: false })).toBeVisible();
    await again.getByRole("button", { name: "Back" }).click();
    await again.getByRole("button", { name: "Cancel" }).click();
    await goToStep(other, "Why customer service matters");
    await expect(
      other.getByLabel("Think of a time you stopped using a business", { exact: false }),
    ).toHaveValue("My own words");
  });

  test("a damaged link says so and changes nothing, opened or pasted into an open tab", async ({
    page,
  }) => {
    await page.goto("/#answers=AAAAbroken");
    await appStarted(page);
    await expect(
      page.getByRole("alert").filter({ hasText: "damaged or incomplete" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    // Pasted into the address of the tab, already open on a step.
    await page.evaluate(() => (location.hash = "#answers=AAAAbroken"));
    await expect(
      page.getByRole("alert").filter({ hasText: "damaged or incomplete" }),
    ).toBeVisible();
    expect(await page.evaluate(() => location.hash)).not.toContain("answers");
    await page.getByRole("button", { name: "Close" }).click();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("workbook"))),
    ).toEqual([]);
  });
});

/** Reads the pixels of a PNG in a blank page of the browser, and decodes any QR code in it. */
async function decodeQr(page: Page, png: Buffer): Promise<string | null> {
  const { width, height, pixels } = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let binary = "";
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: image.width, height: image.height, pixels: btoa(binary) };
  }, png.toString("base64"));
  const rgba = new Uint8ClampedArray(Buffer.from(pixels, "base64"));
  return jsQR(rgba, width, height)?.data ?? null;
}

test.describe("Share with the class", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("the QR code on the projector opens that step's class answers on a phone, copied only when asked", async ({
    page: room,
    baseURL,
    freshProfile,
  }) => {
    await room.goto("/?workbook=class#/contact-points");
    await appStarted(room);
    await room.getByRole("button", { name: "Add contact point" }).click();
    await room.getByRole("textbox", { name: "Customer contact point, row 1" }).fill("Market stall");
    await room
      .getByRole("textbox", { name: "What good customer service looks like there, row 1" })
      .fill("Smile, and say when we are there next");
    await room.getByRole("button", { name: "Share with the class" }).click();
    const qr = room.getByRole("img", { name: /^QR code/ });
    await expect(qr).toBeVisible();
    const box = (await qr.boundingBox())!;
    // Smaller here than on a host the room can reach: the warning that phones cannot open
    // 127.0.0.1 sits above it (facilitator.test.ts).
    expect(box.height).toBeGreaterThan(250);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await noAxeViolations(room);
    const link = await decodeQr(await freshProfile(), await qr.screenshot());
    expect(link).toMatch(new RegExp(`^${baseURL}/#c=t[A-Za-z0-9._~!*,;%-]+$`));
    await room.getByText("Show the link").click();
    await expect(room.getByText(link!)).toBeVisible();

    // A participant's phone, with an answer of their own on that step already.
    const phone = await freshProfile({ viewport: { width: 390, height: 844 } });
    await openStep(phone, "contact-points");
    await phone.getByRole("button", { name: "Add contact point" }).click();
    await phone
      .getByRole("textbox", { name: "Customer contact point, row 1" })
      .fill("Phone enquiry");
    await waitForSaved(phone, "Phone enquiry");
    await phone.goto(link!);
    await appStarted(phone);
    const dialog = phone.getByRole("dialog", { name: "Answers from your class" });
    await expect(dialog.getByText("adds 1 row to yours", { exact: false })).toBeVisible();
    await dialog.getByRole("button", { name: "Copy into my workbook" }).click();
    await expect(h1(phone)).toHaveText("Your customer contact points");
    const cell = (name: string) => phone.getByRole("textbox", { name });
    await expect(cell("Customer contact point, row 1")).toHaveValue("Phone enquiry");
    await expect(cell("Customer contact point, row 2")).toHaveValue("Market stall");
  });
});
