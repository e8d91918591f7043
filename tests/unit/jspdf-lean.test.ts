import { readFileSync } from "node:fs";
import { jsPDF } from "jspdf";
import { leanJsPdf } from "../../scripts/jspdf-lean";

/** jsPDF as the PDF worker gets it: without the plugins the PDF never uses. */

const readable = readFileSync("node_modules/jspdf/dist/jspdf.es.js", "utf8");
const api = jsPDF.API as unknown as Record<string, unknown>;

it("leaves out HTML, SVG, canvas, images, forms and standard font widths, and keeps what the PDF uses", () => {
  const cuts = ["html", "addSvgAsImage", "context2d", "processPNG", "processJPEG", "addJS"];
  cuts.push("addImage", "AcroForm", "addField", "__fontmetrics__", "splitTextToSize");
  for (const cut of cuts) expect(api[cut], cut).toBeUndefined();
  expect((jsPDF as unknown as Record<string, unknown>).AcroForm).toBeUndefined();
  expect((jsPDF as unknown as Record<string, unknown>).__bidiEngine__).toBeUndefined();
  const doc = new jsPDF() as unknown as Record<string, unknown> & { outline: { add: unknown } };
  for (const kept of ["setLanguage", "addFont", "processArabic", "viewerPreferences", "text"])
    expect(doc[kept], kept).toBeTypeOf("function");
  expect(doc.outline.add).toBeTypeOf("function");
});

it("is much smaller than jsPDF whole", () => {
  expect(leanJsPdf(readable).length).toBeLessThan(readable.length * 0.45);
});

it("fails the build when a plugin it cuts is not where it was (a new jsPDF)", () => {
  expect(() => leanJsPdf(readable.replace("\n * @name svg\n", "\n"))).toThrow(/svg/);
  const twice = readable + "\n/**\n * @name html\n */";
  expect(() => leanJsPdf(twice)).toThrow(/exactly once/);
  expect(() => leanJsPdf(readable.replace("export { AcroForm,", "export {"))).toThrow(/export/);
});
