import css from "./coach.css?inline";

/**
 * Styles for the parts that load only when needed (the coach's space, "Your coach said", links
 * and the class QR code), kept out of the page's inline CSS so the first load does not carry
 * them. A constructed stylesheet is CSSOM, not inline markup, so the page's Content-Security-Policy
 * lets it in without a hash. Browsers without constructed stylesheets show these parts unstyled.
 */
if (typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
