/**
 * The browser's way in to the PDF, imported only when the user asks for one: this module pulls
 * in jsPDF and the fonts, so none of it is part of the first page load.
 */
import regularFontUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";
import boldFontUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import type { Answers, Workbook } from "../content/types";
import { pdfInfo, toPdfBlocks, type Since } from "./pdf-blocks";
import type { UnprintableAnswer } from "./printable-text";
import { unprintableAnswers, type PdfFonts } from "./fonts";
import { writePdf, type WriteOptions } from "./write-pdf";

export type PreparedPdf = {
  fileName: string;
  /** Answers holding characters the font cannot draw. They print as a mark instead. */
  unprintable: UnprintableAnswer[];
  /** Makes the PDF itself. */
  render: () => Blob;
};

let fonts: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font request failed with status ${response.status}`);
  return response.arrayBuffer();
}

/** The fonts are separate, hashed files, so the browser (and later the offline cache) keeps them. */
function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchFont(regularFontUrl), fetchFont(boldFontUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = null; // let the next click try again
      throw error;
    },
  );
  return fonts;
}

/** Reads the answers once, so what the user was warned about is exactly what gets printed. */
export async function preparePdf(
  content: Workbook,
  answers: Answers,
  date = new Date(),
  options: WriteOptions & { since?: Since | undefined } = {},
): Promise<PreparedPdf> {
  const loaded = await loadFonts();
  const blocks = toPdfBlocks(content, answers, date, {
    since: options.since,
    holdsAnswers: Boolean(options.backup),
  });
  const info = pdfInfo(content, answers, date);
  return {
    fileName: info.fileName,
    unprintable: unprintableAnswers(blocks, loaded),
    render: () => new Blob([writePdf(blocks, info, loaded, options)], { type: "application/pdf" }),
  };
}
