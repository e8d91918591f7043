import css from "./coach.css?inline";

/**
 * Styles for the parts that load only when needed (the coach's space, "Your coach said", links
 * and the class QR code), kept out of the page's inline CSS so the first load does not carry
 * them. A constructed stylesheet is CSSOM, not inline markup, so the page's Content-Security-Policy
 * lets it in without a hash. Browsers without constructed stylesheets (and jsdom in the tests)
 * show these parts unstyled.
 */
// (An ObservableArray is an array to Array.isArray; where there is none, nothing is done.)
if (typeof CSSStyleSheet !== "undefined" && Array.isArray(document.adoptedStyleSheets)) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
