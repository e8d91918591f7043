/**
 * Stands in for jsPDF's optional html2canvas, canvg and dompurify (see vite.config.ts). They only
 * serve jsPDF's html() and SVG features, which this app never calls, so they stay out of the build.
 */
export default function unused(): never {
  throw new Error("This part of jsPDF is not included in the app");
}
