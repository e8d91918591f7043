import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { readQrAt, threeRows } from "./class-qr";
import { expect } from "./fixtures";
import { PREFIX, withSubPath as test } from "./sub-path-site";

// classroom.test stands for the facilitator's computer on the room's network: any address but
// the computer's own (127.0.0.1). A browser option, so for the whole file. The build is served
// by the test's own server, as a host would (Vite's preview server refuses names it does not
// know), under a sub-path, which the QR code's address keeps.
test.use({
  viewport: { width: 1280, height: 720 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP classroom.test 127.0.0.1"],
  },
});

test("Share with the class, on an address the room can reach, gives no warning and codes that address", async ({
  page,
  site,
}) => {
  const app = `${site.url.replace("127.0.0.1", "classroom.test")}${PREFIX}`;
  await threeRows(page, app);
  await page.getByRole("button", { name: "Share with the class" }).click();
  const dialog = page.getByRole("dialog", { name: /Share .* with the class/ });
  const qr = dialog.getByRole("img", { name: /^QR code/ });
  await expect(qr).toBeVisible();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  expect(await readQrAt(page, await qr.screenshot(), 120)).toMatch(new RegExp(`^${app}#c=t`));
});
