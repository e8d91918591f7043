/**
 * Printed answers must show in full. A text box prints only what it shows on screen (a long
 * one line answer is cut at the box's edge), and a tall box cannot break across pages, so it
 * is cut at the foot of the page. Just before printing, each box gets a plain-text copy of its
 * answer beside it, which prints instead (see "Print" in styles.css); after printing the copies
 * go. Browsers fire these events for their own Print too, not only for window.print().
 */
const BOXES = "main textarea, main input[type='text']";

export function fitTextBoxesForPrint(): void {
  let copies: HTMLElement[] = [];
  window.addEventListener("beforeprint", () => {
    for (const box of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(BOXES)) {
      const copy = document.createElement("div");
      copy.className = box instanceof HTMLTextAreaElement ? "print-copy multiline" : "print-copy";
      copy.setAttribute("aria-hidden", "true");
      copy.textContent = box.value;
      box.after(copy);
      copies.push(copy);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const copy of copies) copy.remove();
    copies = [];
  });
}
