import fc from "fast-check";
import type { Answers, Step } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";
import { copyAnswers } from "../../src/features/class-share/copy-answers";
import { isLoopback } from "../../src/features/class-share/share-with-class";
import {
  classLink,
  classText,
  COMPACT_CLASS_PREFIX,
  readClassLink,
  readClassText,
} from "../../src/formats/class-link";
import { carriesAnswers } from "../../src/formats/link-prefixes";
import { answersArb } from "./answer-arbitraries";
import { said, worded } from "../fixtures/english";

const BASE = "http://192.168.1.20:4173/";
const contactPoints = workbook.steps.find((s) => s.id === "contact-points")!;
const threeRows: Answers = {
  contactPoints: [
    { id: "a1", point: "Phone enquiry", service: "Answer by the third ring" },
    { id: "a2", point: "Market stall", service: "Smile and say hello" },
    { id: "a3", point: "Website", service: "Prices easy to find" },
  ],
};
const hashOf = (url: string) => url.slice(url.indexOf("#"));

async function linkFor(stepId: string, answers: Answers): Promise<string> {
  const link = await classLink(BASE, stepId, answers);
  if (!link.ok) throw new Error(said(link));
  return link.url;
}

/** What copying into an empty workbook gives, without the new rows' random ids. */
function copied(step: Step, answers: Answers): unknown {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== "id")
              .map(([key, v]) => [key, strip(v)]),
          )
        : value;
  return strip(copyAnswers(step, {}, answers, new Set()));
}

describe("the class link in the QR code", () => {
  it("holds three short rows in a version 6 QR code, the address once", async () => {
    const url = await linkFor("contact-points", threeRows);
    expect(url.startsWith(`${BASE}${COMPACT_CLASS_PREFIX}t`)).toBe(true);
    expect(url.split("http").length).toBe(2);
    // A version 6 code (41 squares a side) holds 134 bytes at the lowest error correction. The
    // form links had before (a packed backup file) took 350 for these rows: version 13.
    expect(url.length).toBeLessThanOrEqual(134);
    expect(hashOf(url)).toMatch(/^#c=[A-Za-z0-9._~!*,;%-]+$/);
    expect(carriesAnswers(hashOf(url))).toBe(true);
    const read = await readClassLink(hashOf(url));
    expect(read).toMatchObject({
      ok: true,
      stepId: "contact-points",
      answers: {
        contactPoints: [
          { point: "Phone enquiry", service: "Answer by the third ring" },
          { point: "Market stall", service: "Smile and say hello" },
          { point: "Website", service: "Prices easy to find" },
        ],
      },
    });
  });

  it("ends in a letter, digit or escape, so a chat app keeps the whole link", async () => {
    const url = await linkFor("contact-points", {
      contactPoints: [{ id: "a", point: "Stall", service: "Be kind." }],
    });
    expect(url).toMatch(/[A-Za-z0-9]$/);
    const read = await readClassLink(hashOf(url));
    expect(read.ok && read.answers.contactPoints).toMatchObject([{ service: "Be kind." }]);
  });

  it("deflates answers in other scripts, whichever is shorter", async () => {
    const arabic = "نرد على كل رسالة في نفس اليوم ونشكر الزبون على صبره";
    const url = await linkFor("contact-points", {
      contactPoints: [{ id: "a", point: "واتساب", service: arabic }],
    });
    expect(url.startsWith(`${BASE}${COMPACT_CLASS_PREFIX}z`)).toBe(true);
    const read = await readClassLink(hashOf(url));
    expect(read.ok && read.answers.contactPoints).toMatchObject([{ service: arabic }]);
  });

  it("copies into a workbook exactly as the answers themselves would (property)", async () => {
    const steps = workbook.steps.filter((s) => s.fields.length > 0);
    // Text as people type it; the link's four separator characters are never typed.
    const typed = (answers: Answers) =>
      JSON.parse(
        new TextDecoder().decode(
          new TextEncoder().encode(JSON.stringify(answers).replace(/\\u001[c-f]/g, " ")),
        ),
      ) as Answers;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...steps), answersArb, async (step, raw) => {
        const answers = typed(raw);
        const url = await linkFor(step.id, answers);
        const read = await readClassLink(hashOf(url));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.stepId).toBe(step.id);
        expect(copied(step, read.answers)).toEqual(copied(step, answers));
      }),
      { numRuns: 150 },
    );
  });

  it("still reads links made before, in the form of a packed backup file", async () => {
    // Made by the previous version for two rows of "Your customer contact points".
    const old =
      "#class=Vc7BSgMxEAbgVwlzzkoSpWpufQChoCfFQ8wO3dDsJE2m267LvrukKijM7ef__lnA5QwWDog50L7zp8ppxFJBwoSlhkRgjQS85FQY-y2DBaPMptO60-ZFK6va3SilXkFCZWycT8TOc5dTIG6Wo3puql1-s913ZN8WCH374HZ6PJpRXx4-GSRcm2BhNyRCgXQ8hTK3ASxT8AgWtldSfMyCBxQ8hNKLEmgPq_whszrflzvaeDO7P-STKwdkUdnF-E98HkNEKRz1orpZDBhjgvV9Xb8A";
    expect(carriesAnswers(old)).toBe(true);
    expect(await readClassLink(old)).toMatchObject({
      ok: true,
      stepId: "contact-points",
      answers: {
        contactPoints: [
          { point: "Phone enquiry", service: "Answer by the third ring" },
          { point: "Market stall", service: "Smile, and say hello" },
        ],
      },
    });
  });

  it("refuses a link for a workbook whose questions differ, and a damaged one", async () => {
    const text = classText(contactPoints, threeRows);
    // The two characters before the first question check the step's shape.
    const at = text.indexOf("\x1d");
    const otherCheck = text.slice(at - 2, at) === "zz" ? "zy" : "zz";
    const otherShape = text.slice(0, at - 2) + otherCheck + text.slice(at);
    expect(worded(readClassText(otherShape) as never)).toMatchObject({
      ok: false,
      message: /different version/,
    });
    expect(readClassText(`99\x1f00\x1dx`)).toMatchObject({ ok: false });
    expect(worded((await readClassLink("#c=t%E0%A4")) as never)).toMatchObject({
      ok: false,
      message: /damaged/,
    });
    expect(await readClassLink("#c=zAAAA")).toMatchObject({ ok: false });
    expect(await readClassLink("#c=q123")).toMatchObject({ ok: false });
    // More questions than the step has.
    expect(readClassText(`${text}\x1dextra\x1dmore\x1dmore`)).toMatchObject({ ok: false });
  });

  it("any text after #c= either reads as one step's answers or is refused (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (tail) => {
        const read = await readClassLink(`${COMPACT_CLASS_PREFIX}${tail}`);
        if (read.ok) expect(workbook.steps.some((s) => s.id === read.stepId)).toBe(true);
        else expect(said(read)).toMatch(/\w/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("an address only this computer can open", () => {
  it("is spotted for 127.x, localhost and ::1, not for the room's network or a host", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "app.localhost", "[::1]", "::1"])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ["192.168.1.20", "10.0.0.5", "example.org", "127.example.org", "[::2]"])
      expect(isLoopback(host), host).toBe(false);
  });
});
