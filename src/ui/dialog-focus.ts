/**
 * Where focus goes as a dialog opens and closes. It opens at its title, so a phone shows the
 * dialog from its top (focusing its first button scrolled a long dialog past its title) and a
 * screen reader starts there. It closes back to whatever opened it; a dialog that opened on
 * arrival (answers in a link) had nothing to go back to, so focus goes to the step's heading
 * rather than falling to the page itself.
 */
export function openAtTitle(dialog: HTMLDialogElement): void {
  // Test DOMs without showModal still get a visible, labelled dialog.
  if (typeof dialog.showModal === "function") dialog.showModal();
  else dialog.setAttribute("open", "");
  dialog.querySelector<HTMLElement>(".dialog-title")?.focus();
  dialog.scrollTop = 0;
}

export function focusBack(opener: Element | null): void {
  const back =
    opener instanceof HTMLElement && opener.isConnected && opener !== document.body
      ? opener
      : document.querySelector<HTMLElement>("main h1");
  back?.focus();
}
