import { downloadBlob } from "../../ui/download";

/**
 * "Send to my coach": a file handed to the device's own share sheet (Web Share API Level 2),
 * so on a phone it goes straight into a message or an email instead of landing in Downloads.
 * Offered only where the browser says it can share such a file.
 */

export type Sent = "sent" | "downloaded" | "cancelled";

const probe = () => new File(["%PDF"], "workbook.pdf", { type: "application/pdf" });

/** True where this browser can share a PDF file (phones, tablets, some desktops). */
export function canSendFiles(): boolean {
  try {
    return typeof navigator.share === "function" && navigator.canShare?.({ files: [probe()] });
  } catch {
    return false;
  }
}

/**
 * Shares the file; where sharing fails, it is downloaded as before instead. "again": the share
 * sheet needs a fresh press, since a press counts for a few seconds only.
 */
export async function sendFile(file: File): Promise<Sent | "again"> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return "sent";
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    if (name === "AbortError") return "cancelled";
    // Making the PDF outlasted the press that asked for it: one more press opens the sheet.
    if (name === "NotAllowedError" && !navigator.userActivation?.isActive) return "again";
    downloadBlob(file.name, file);
    return "downloaded";
  }
}
