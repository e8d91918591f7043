import { isoDate } from "../lib/dates";

/** Lower-case words joined by hyphens; accents go, letters of any script stay. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** keeping-customers-‹business›-‹yyyy-mm-dd›.pdf, or without the business when it has no name. */
export function pdfFileName(business: string, date: Date): string {
  const slug = slugify(business);
  return `keeping-customers-${slug ? `${slug}-` : ""}${isoDate(date)}.pdf`;
}
