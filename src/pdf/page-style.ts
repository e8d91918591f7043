/** The PDF's paper, colours and text styles, shared by every drawer. */

export type PaperSize = "a4" | "letter";
export const PAPER: Record<PaperSize, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

/** The embedded font's family name in jsPDF. */
export const FONT = "DejaVuSans";

export type Rgb = readonly [number, number, number];
export const INK: Rgb = [28, 35, 33];
export const MUTED: Rgb = [79, 91, 88];
export const BRAND: Rgb = [31, 95, 91];
export const RULE: Rgb = [150, 160, 156];
export const LIGHT_RULE: Rgb = [213, 217, 212];
export const SOFT: Rgb = [227, 239, 237];
export const ACCENT: Rgb = [160, 68, 30];

export type TextStyle = { size: number; lineHeight: number; bold?: boolean; colour?: Rgb };
export const BODY: TextStyle = { size: 10.5, lineHeight: 14.5 };
export const SMALL: TextStyle = { size: 8.5, lineHeight: 11.5, colour: MUTED };
export const CELL: TextStyle = { size: 9.5, lineHeight: 13 };
export const CELL_HEAD: TextStyle = { ...CELL, bold: true };
export const LABEL: TextStyle = { size: 11, lineHeight: 15, bold: true };
export const PROMPT: TextStyle = { size: 10.5, lineHeight: 14.5, colour: MUTED };
export const STEP_TITLE: TextStyle = { size: 17, lineHeight: 22, bold: true, colour: BRAND };
export const MARKER: TextStyle = { size: 9.5, lineHeight: 13, bold: true, colour: ACCENT };
