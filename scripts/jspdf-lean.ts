import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/**
 * jsPDF without the plugins the PDF never uses. jsPDF ships as one file with every plugin in it
 * (HTML, SVG and canvas drawing, images, form fields, file loading, JavaScript actions), and
 * attaches each to its API as the file is read, so no bundler can leave them out. The PDF
 * worker spent longer reading them than making a page: this cuts them from jsPDF's readable
 * build before it is bundled, taking the worker from about 378 to 179 KB.
 *
 * Each cut starts at a marker (mostly the doc comment naming a plugin) and ends where its code
 * ends. A marker not found exactly once (a new jsPDF) fails the build, and the PDF tests check
 * what remains.
 */

/** Plugins cut whole: from their doc comment (`@name …`) to the end of their function. */
const UNUSED_PLUGINS = [
  "autoprint",
  "canvas",
  "cell",
  "context2d",
  "fileloading",
  "html",
  "javascript",
  "jpeg_support",
  "gif_support",
  "bmp_support",
  "webp_support",
  "rgba_support",
  // Widths of jsPDF's 14 standard fonts, unpacked as the file is read; the PDF embeds its own.
  "standard_fonts_metrics",
  // Line breaking by those widths; the PDF breaks its own lines (layout.ts).
  "split_text_to_size",
  "svg",
  "total_pages",
];
const PLUGIN_END = "\n})(jsPDF.API);\n";

/**
 * Code outside any plugin function that only cut plugins use: from a comment (or a function)
 * to the comment of the plugin that follows it.
 */
const UNUSED_SPANS: { from: string; to: string }[] = [
  // Font lists for HTML and canvas text.
  { from: "\nfunction toLookup(arr) {", to: "\n * @name context2d\n" },
  // PNG (it needs fast-png, which the build leaves out; see vite.config.ts), GIF and JPEG.
  { from: "@see http://www.w3.org/TR/PNG-Chunks.html", to: "\n * @name gif_support\n" },
  { from: "Bmp format decoder", to: "\n * @name bmp_support\n" },
  { from: "\nfunction WebPDecoder(imageData) {", to: "\n * @name webp_support\n" },
];

/** Unnamed code cut whole: from the first marker to the end of the second (each found once). */
const UNUSED_CODE: { from: string; through: string }[] = [
  // Form fields (AcroForm): its helpers, classes and API, and its entries in the export list.
  {
    from: "\nvar jsPDFAPI = jsPDF.API;\nvar scaleFactor = 1;\n",
    through: "\nvar AcroForm = jsPDF.AcroForm;\n",
  },
  // jsPDF's own bidi reordering of text(): the PDF orders each line itself (bidi-runs.ts).
  {
    from: "\n/**\n * @license\n * Unicode Bidi Engine",
    through: '\n  jsPDF.API.events.push(["postProcessText", bidiEngineFunction]);\n})(jsPDF);\n',
  },
  // Images: addImage and what it shares with the image formats (cut above).
  {
    from: '\n(function (jsPDFAPI) {\n\n  var namespace = "addImage_";',
    through: "\n  };\n})(jsPDF.API);\n",
  },
];
const EXPORTS = /\nexport \{ AcroForm, [^}]*\};\n/;
const LEAN_EXPORTS =
  "\nexport { GState, ShadingPattern, TilingPattern, jsPDF as default, jsPDF };\n";

function once(text: string, marker: string, from = 0): number {
  const at = text.indexOf(marker, from);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0)
    throw new Error(`jspdf-lean: "${marker}" is not in jsPDF exactly once; check the cuts`);
  return at;
}

/** Where the comment holding `at` starts. */
const commentStart = (text: string, at: number) => text.lastIndexOf("/*", at);

export function leanJsPdf(original: string): string {
  // A few of jsPDF's comments end their lines in CR LF. Outside comments, JavaScript reads a
  // line break the same either way (template literals included).
  const source = original.replace(/\r\n/g, "\n");
  const cuts: [number, number][] = [];
  for (const name of UNUSED_PLUGINS) {
    const named = once(source, `\n * @name ${name}\n`);
    const end = source.indexOf(PLUGIN_END, named);
    if (end < 0) throw new Error(`jspdf-lean: the ${name} plugin has no end`);
    cuts.push([commentStart(source, named), end + PLUGIN_END.length]);
  }
  for (const { from, to } of UNUSED_SPANS) {
    const found = once(source, from);
    const start = from.startsWith("\nfunction ") ? found + 1 : commentStart(source, found);
    const next = once(source, to);
    // The next plugin's own comment, and the licence comment just before it, stay.
    let end = commentStart(source, next);
    const licence = source.lastIndexOf("/**\n * @license", end - 1);
    if (licence > start && source.slice(licence, end).trimEnd().endsWith("*/")) end = licence;
    cuts.push([start, end]);
  }
  for (const { from, through } of UNUSED_CODE) {
    const start = once(source, from);
    const end = source.indexOf(through, start);
    if (end < 0) throw new Error(`jspdf-lean: "${from}" has no end`);
    cuts.push([start + 1, end + through.length]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) throw new Error("jspdf-lean: two cuts overlap");
    out += source.slice(from, start);
    from = end;
  }
  out += source.slice(from);
  if (!EXPORTS.test(out)) throw new Error("jspdf-lean: jsPDF's export list has changed");
  return out.replace(EXPORTS, LEAN_EXPORTS);
}

/** Serves the lean jsPDF wherever jsPDF's ES build is imported (only the PDF worker does). */
export function jsPdfLean(): Plugin {
  return {
    name: "keeping-customers:jspdf-lean",
    load(id) {
      if (!/[\\/]jspdf[\\/]dist[\\/]jspdf\.es\.min\.js$/.test(id)) return null;
      const readable = id.replace(/\.min\.js$/, ".js");
      return leanJsPdf(readFileSync(readable, "utf8"));
    },
  };
}
