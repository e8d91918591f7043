import type { Page } from "@playwright/test";
import jsQR from "jsqr";
import { appStarted } from "./fill-workbook";

/** Three short rows in the class workbook's contact points, as a class might give them. */
export async function threeRows(page: Page, app = "/") {
  await page.goto(`${app}?workbook=class#/contact-points`);
  await appStarted(page);
  const rows = [
    ["Phone enquiry", "Answer by the third ring"],
    ["Market stall", "Smile, and say hello"],
    ["Website", "Prices easy to find"],
  ];
  for (const [i, [point, service]] of rows.entries()) {
    await page.getByRole("button", { name: "Add contact point" }).click();
    await page.getByRole("textbox", { name: `Customer contact point, row ${i + 1}` }).fill(point!);
    await page
      .getByRole("textbox", { name: `What good customer service looks like there, row ${i + 1}` })
      .fill(service!);
  }
}

/**
 * What a phone's camera makes of the QR code from far away: the code shrunk to `size` pixels
 * (smoothed, as a camera blurs it), then read by jsQR.
 */
export async function readQrAt(page: Page, png: Buffer, size: number): Promise<string | null> {
  const pixels = await page.evaluate(
    async ({ base64, size }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext("2d")!;
      context.imageSmoothingQuality = "high";
      context.drawImage(image, 0, 0, size, size);
      const data = context.getImageData(0, 0, size, size).data;
      let binary = "";
      for (let i = 0; i < data.length; i += 0x8000)
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { base64: png.toString("base64"), size },
  );
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, "base64")), size, size)?.data ?? null;
}
