/** Made by the font build (scripts/pdf-fonts.ts): the cut fonts' URLs and what they can print. */
declare module "virtual:pdf-fonts" {
  /** Each font group's files (see font-groups.ts), as URLs. */
  export const fontFiles: { [group: string]: { regular: string; bold: string } };
  /** Sorted inclusive [from, to, …] code point ranges the PDF can print. */
  export const printable: number[];
}

/** The Latin group's files alone (every PDF needs them), for the page to fetch at the press. */
declare module "virtual:pdf-fonts/latin" {
  export const latinFiles: { regular: string; bold: string };
}
