/**
 * Stands in for jsPDF's optional html2canvas, canvg and dompurify, and for fast-png (see
 * vite.config.ts). They only serve jsPDF's html(), SVG and PNG image features, which this app
 * never calls, so they stay out of the build.
 */
export default function unused(): never {
  throw new Error("This part of jsPDF is not included in the app");
}

/** fast-png's decoder, which jsPDF imports for PNG images. */
export const decode = unused;
