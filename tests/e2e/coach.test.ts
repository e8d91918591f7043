import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { PERSONAL_KEY } from "../../src/store/keys";
import { pdfText } from "../fixtures/pdf-tools";
import { baseUrl, useBrowser as browserForThisFile } from "./browser";
import { appStarted, openStep, waitForSaved, openFold } from "./fill-workbook";

const browser = browserForThisFile();
const folder = mkdtempSync(join(tmpdir(), "coach-e2e-"));

/** Clicks a button (or a file's label) that downloads, and keeps the file. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const waiting = page.waitForEvent("download");
  await click();
  const file = await waiting;
  const path = join(folder, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function goToStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Workbook steps" })
    .getByRole("link", { name: title })
    .click();
  await expect.poll(() => page.locator("main h1").textContent()).toBe(title);
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const ANSWER = "We lost a regular when her cake was late and nobody rang her.";
const COMMENT = "Good honest example: what will you do the next time an order runs late?";
const ACTION = "Ring every customer whose order is running late";

/** An entrepreneur's workbook with a name, a business and one answer. */
async function entrepreneur() {
  const { page } = await browser.newPage({ acceptDownloads: true });
  await openStep(page, baseUrl(), "about-you");
  await page.getByLabel("Your name").fill("Amira Khan");
  await page.getByLabel("Business name").fill("Bloom & Crumb");
  await goToStep(page, "Why customer service matters");
  await page
    .getByLabel("Think of a time you stopped using a business", { exact: false })
    .fill(ANSWER);
  return page;
}

describe("the coach, with files", () => {
  test("a coach reviews a backup, and the entrepreneur adds the feedback: on screen and in the PDF", async () => {
    const mine = await entrepreneur();
    await goToStep(mine, "Review and download");
    await openFold(mine, "Keep your answers safe");
    const backup = await download(mine, () =>
      mine.getByRole("button", { name: "Download backup" }).click(),
    );

    // The coach, on their own computer, with a workbook of their own.
    const { page: coach } = await browser.newPage({ acceptDownloads: true });
    await openStep(coach, baseUrl(), "about-you");
    await coach.getByLabel("Your name").fill("Coach Carter");
    await goToStep(coach, "Review and download");
    await openFold(coach, "Your coach");
    await coach.getByRole("button", { name: "Review as coach" }).click();
    await expect.poll(() => coach.locator("main h1").textContent()).toBe("Review as coach");
    await noAxeViolations(coach);
    await coach.getByLabel("Open a workbook to review").setInputFiles(backup);

    await expect.poll(() => coach.locator("main h1").textContent()).toBe("About you");
    await coach.getByRole("button", { name: /^Next/ }).click();
    await expect
      .poll(() => coach.locator("main h1").textContent())
      .toBe("Why customer service matters");
    await coach.getByText(ANSWER).waitFor();
    // Read-only: the answer is text, not a box that can be typed in.
    expect(await coach.getByRole("textbox", { name: /^Think of a time/ }).count()).toBe(0);
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
    const feedback = await download(coach, () =>
      coach.getByRole("button", { name: "Download feedback" }).click(),
    );

    // The workbook stays open in the coach space, with its comment, after a reload.
    await coach.reload();
    await coach.getByRole("link", { name: "All workbooks" }).click();
    await coach.getByRole("link", { name: "Amira Khan, Bloom & Crumb" }).waitFor();
    // The coach's own workbook is untouched.
    const coachOwn = await coach.evaluate((key) => localStorage.getItem(key), PERSONAL_KEY);
    expect(coachOwn).toContain("Coach Carter");
    expect(coachOwn).not.toContain("Amira");

    // The entrepreneur adds the feedback.
    await openFold(mine, "Your coach");
    await mine.getByLabel("Add coach feedback").setInputFiles(feedback);
    const dialog = mine.getByRole("dialog", { name: "Add your coach's feedback?" });
    await dialog.getByText(ACTION, { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Add the feedback" }).click();
    await goToStep(mine, "Why customer service matters");
    const said = mine.getByRole("complementary", { name: "Your coach's comment" });
    await expect(said.textContent()).resolves.toContain(COMMENT);
    await expect(
      mine
        .getByLabel("Think of a time you stopped using a business", { exact: false })
        .inputValue(),
    ).resolves.toBe(ANSWER);
    await goToStep(mine, "Talk it through");
    await expect(mine.getByRole("textbox", { name: "Action, row 1" }).inputValue()).resolves.toBe(
      ACTION,
    );

    await goToStep(mine, "Review and download");
    const pdf = await download(mine, () =>
      mine.getByRole("button", { name: "Download PDF" }).click(),
    );
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Your coach said");
    expect(text).toContain(COMMENT);
    expect(text).toContain(ACTION);
  });

  test("a coach opens a PDF the app made, and is told plainly when a PDF was not", async () => {
    const mine = await entrepreneur();
    await waitForSaved(mine, ANSWER);
    await goToStep(mine, "Review and download");
    const pdf = await download(mine, () =>
      mine.getByRole("button", { name: "Download PDF" }).click(),
    );

    const { page: coach } = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await coach.goto(`${baseUrl()}/?coach`);
    await expect.poll(() => coach.locator("main h1").textContent()).toBe("Review as coach");
    const open = coach.getByLabel("Open a workbook to review");
    // The file picker offers PDFs as well as backup files.
    expect(await open.getAttribute("accept")).toMatch(/\.json,.*\.pdf/);

    // A PDF from elsewhere (the browser's own print of a page) holds no answers.
    const stranger = join(folder, "not-ours.pdf");
    await coach.pdf({ path: stranger });
    await open.setInputFiles(stranger);
    await coach
      .getByRole("alert")
      .filter({ hasText: "This PDF was not made by this workbook" })
      .filter({ hasText: "Nothing has been opened" })
      .waitFor();
    expect(await coach.locator("main h1").textContent()).toBe("Review as coach");

    await open.setInputFiles(pdf);
    await expect.poll(() => coach.locator("main h1").textContent()).toBe("About you");
    await coach.getByText("Bloom & Crumb").first().waitFor();
    await coach.getByRole("button", { name: /^Next/ }).click();
    await coach.getByText(ANSWER).waitFor();
    await coach.getByRole("link", { name: "All workbooks" }).click();
    await coach.getByRole("link", { name: "Amira Khan, Bloom & Crumb" }).waitFor();
    expect(await coach.getByRole("alert").count()).toBe(0);
  });

  test("a damaged feedback file gets a clear message and changes nothing", async () => {
    const mine = await entrepreneur();
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
    await mine.getByRole("alert").filter({ hasText: "Nothing has been changed" }).waitFor();
    expect(await answers()).toBe(before);
    expect(
      await mine.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("feedback"))),
    ).toEqual([]);
  });
});

describe("Copy link to my answers", () => {
  test("the link holds the answers after # only, and a fresh browser previews and adds them", async () => {
    const { context, page: mine } = await browser.newPage();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openStep(mine, baseUrl(), "about-you");
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
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${baseUrl()}/`);
    expect(url.hash).toMatch(/^#answers=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain("Amira");

    // A fresh profile: the server never sees the answers, and nothing is added until asked.
    const { page: other } = await browser.newPage();
    const requested: string[] = [];
    other.on("request", (request) => requested.push(request.url()));
    await other.goto(link);
    await appStarted(other);
    const dialog = other.getByRole("dialog", { name: "Answers shared with you in a link" });
    await dialog.getByText("Bloom & Crumb").waitFor();
    await dialog.getByText("Amira Khan").waitFor();
    expect(await other.evaluate(() => location.hash)).not.toContain("answers=");
    await noAxeViolations(other);
    await dialog.getByRole("button", { name: "Add to my workbook" }).click();
    await goToStep(other, "Why customer service matters");
    await expect(
      other
        .getByLabel("Think of a time you stopped using a business", { exact: false })
        .inputValue(),
    ).resolves.toBe(ANSWER);
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
    await again.getByText("It cannot be undone", { exact: false }).waitFor();
    await again.getByRole("button", { name: "Back" }).click();
    await again.getByRole("button", { name: "Cancel" }).click();
    await goToStep(other, "Why customer service matters");
    await expect(
      other
        .getByLabel("Think of a time you stopped using a business", { exact: false })
        .inputValue(),
    ).resolves.toBe("My own words");
  });

  test("a damaged link says so and changes nothing, opened or pasted into an open tab", async () => {
    const { page } = await browser.newPage();
    await page.goto(`${baseUrl()}/#answers=AAAAbroken`);
    await appStarted(page);
    await page.getByRole("alert").filter({ hasText: "damaged or incomplete" }).waitFor();
    await page.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    // Pasted into the address of the tab, already open on a step.
    await page.evaluate(() => (location.hash = "#answers=AAAAbroken"));
    await page.getByRole("alert").filter({ hasText: "damaged or incomplete" }).waitFor();
    expect(await page.evaluate(() => location.hash)).not.toContain("answers");
    await page.getByRole("button", { name: "Close" }).click();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("workbook"))),
    ).toEqual([]);
  });
});

/** Reads the pixels of a PNG in a blank page of the browser, and decodes any QR code in it. */
async function decodeQr(png: Buffer): Promise<string | null> {
  const { page } = await browser.newPage();
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

describe("Share with the class", () => {
  test("the QR code on the projector opens that step's class answers on a phone, copied only when asked", async () => {
    const { page: room } = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await room.goto(`${baseUrl()}/?workbook=class#/contact-points`);
    await appStarted(room);
    await room.getByRole("button", { name: "Add contact point" }).click();
    await room.getByRole("textbox", { name: "Customer contact point, row 1" }).fill("Market stall");
    await room
      .getByRole("textbox", { name: "What good customer service looks like there, row 1" })
      .fill("Smile, and say when we are there next");
    await room.getByRole("button", { name: "Share with the class" }).click();
    const qr = room.getByRole("img", { name: /^QR code/ });
    await qr.waitFor();
    const box = (await qr.boundingBox())!;
    expect(box.height).toBeGreaterThan(400);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await noAxeViolations(room);
    const link = await decodeQr(await qr.screenshot());
    expect(link).toMatch(new RegExp(`^${baseUrl()}/#class=[A-Za-z0-9_-]+$`));
    await room.getByText(link!).waitFor();

    // A participant's phone, with an answer of their own on that step already.
    const { page: phone } = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await openStep(phone, baseUrl(), "contact-points");
    await phone.getByRole("button", { name: "Add contact point" }).click();
    await phone
      .getByRole("textbox", { name: "Customer contact point, row 1" })
      .fill("Phone enquiry");
    await waitForSaved(phone, "Phone enquiry");
    await phone.goto(link!);
    await appStarted(phone);
    const dialog = phone.getByRole("dialog", { name: "Answers from your class" });
    await dialog.getByText("adds 1 row to yours", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Copy into my workbook" }).click();
    await expect
      .poll(() => phone.locator("main h1").textContent())
      .toBe("Your customer contact points");
    const cell = (name: string) => phone.getByRole("textbox", { name }).inputValue();
    await expect(cell("Customer contact point, row 1")).resolves.toBe("Phone enquiry");
    await expect(cell("Customer contact point, row 2")).resolves.toBe("Market stall");
  });
});
