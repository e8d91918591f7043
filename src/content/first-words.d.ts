declare module "virtual:first-words" {
  /** The English workbook's words the first screen shows (scripts/first-words.ts). */
  // An ambient module may not import a relative path, hence the type annotation.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const firstWords: import("./workbook-words").FirstScreenWords;
}
