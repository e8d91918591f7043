/**
 * The page's way in to the PDF, imported only when the user asks for one. It draws nothing
 * itself: it reads the answers, finds what cannot be printed, fetches the fonts the answers
 * need, and has the PDF worker (pdf-worker.ts, where jsPDF lives) make the file. None of it is
 * part of the first page load, and jsPDF never runs on the page.
 */
import { fontFiles, printable } from "virtual:pdf-fonts";
import type { Words } from "../content/language";
import type { Answers } from "../content/types";
import { withCoachFeedback, type CoachFeedback } from "./coach-comments";
import { fetchFaces } from "./font-fetch";
import { groupsFor, WHOLE_GROUPS, type FontGroup } from "./font-groups";
import type { PaperSize } from "./page-style";
import { pdfInfo, toPdfBlocks, type Since } from "./pdf-blocks";
import type { FromWorker, ToWorker } from "./pdf-messages";
import { forgetLatin, forgetPdfWorker, startPdfWorker } from "./start-pdf-worker";
import { coverageOf, findUnprintable, textsIn, type UnprintableAnswer } from "./printable-text";

export type PreparedPdf = {
  fileName: string;
  /** Answers holding characters the font cannot draw. They print as a mark instead. */
  unprintable: UnprintableAnswer[];
  /** Makes the PDF itself, telling `onPage` the number of each page as it is started. */
  render: (onPage?: (page: number) => void) => Promise<Blob>;
};

export type PdfOptions = {
  paper?: PaperSize;
  /** The last PDF's answers: what changed since is marked. */
  since?: Since | undefined;
  /** A backup file's text, carried inside the PDF so the PDF can restore the workbook. */
  backup?: string | undefined;
  /** The coach's feedback the user added: comments by question and agreed actions. */
  feedback?: CoachFeedback | undefined;
};

type Job = {
  onPage: (page: number) => void;
  resolve: (pdf: ArrayBuffer) => void;
  reject: (error: Error) => void;
};

/**
 * One worker, kept for the visit so a second PDF starts warm. It is sent each font group once.
 * If it fails to start or crashes, every waiting PDF fails and the next press starts a new one.
 */
class PdfWorker {
  private readonly worker = startPdfWorker().worker;
  private readonly fonts = new Map<FontGroup, Promise<void>>();
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(private readonly onFailure: () => void) {
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => this.fail(new Error(event.message || "The PDF worker failed"));
    this.worker.onmessageerror = () => this.fail(new Error("A PDF worker message was unreadable"));
  }

  private receive(message: FromWorker) {
    if (message.type === "fontsUnreadable") {
      // Fetched again on the next press; the PDF that needed them fails, and says so.
      if (message.group === "latin") forgetLatin();
      else this.fonts.delete(message.group);
      return;
    }
    const job = this.jobs.get(message.id);
    if (!job) return;
    if (message.type === "page") return job.onPage(message.page);
    this.jobs.delete(message.id);
    if (message.type === "done") job.resolve(message.pdf);
    else job.reject(new Error(message.message));
  }

  private fail(error: Error) {
    this.failure = error;
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
    forgetPdfWorker(this.worker);
    this.onFailure();
  }

  /**
   * Fetches the groups' fonts the worker does not have yet and hands them over. The Latin faces
   * went at the press of the button (start-pdf-worker.ts).
   */
  sendFonts(groups: FontGroup[]): Promise<void> {
    return Promise.all(
      groups.map((group) => {
        if (group === "latin") return startPdfWorker().latin;
        let sent = this.fonts.get(group);
        if (!sent) {
          const files = fontFiles[group];
          if (!files) return Promise.reject(new Error(`No font files for ${group}`));
          sent = fetchFaces(files, WHOLE_GROUPS.has(group)).then(({ faces, buffers }) => {
            const message: ToWorker = { type: "fonts", group, faces };
            this.worker.postMessage(message, buffers);
          });
          sent.catch(() => this.fonts.delete(group)); // the next press tries again
          this.fonts.set(group, sent);
        }
        return sent;
      }),
    ).then(() => undefined);
  }

  make(message: Omit<Extract<ToWorker, { type: "make" }>, "id">, onPage: Job["onPage"]) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const id = this.nextId++;
      this.jobs.set(id, { onPage, resolve, reject });
      this.worker.postMessage({ ...message, id } satisfies ToWorker);
    });
  }
}

let current: PdfWorker | null = null;
const pdfWorker = () =>
  (current ??= new PdfWorker(() => {
    current = null;
  }));

/**
 * Reads the answers once, so what the user was warned about is exactly what gets printed. The
 * fonts and the worker start loading at once, while the user reads any warning. `w` is the
 * language of the PDF's questions and own words (the one shown, or English for the coach).
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a failure rejects, never throws
export async function preparePdf(
  w: Words,
  answers: Answers,
  date = new Date(),
  options: PdfOptions = {},
): Promise<PreparedPdf> {
  // The worker (and the Latin faces every PDF needs) start before anything else.
  const worker = pdfWorker();
  const plain = toPdfBlocks(w, answers, date, {
    since: options.since,
    holdsAnswers: Boolean(options.backup),
  });
  const blocks = withCoachFeedback(w, plain, options.feedback);
  const info = pdfInfo(w, answers, date);
  const groups = groupsFor(textsIn([blocks, info.footer]), printable);
  const ready = worker.sendFonts(groups);
  ready.catch(() => {});
  return {
    fileName: info.fileName,
    unprintable: findUnprintable(blocks, coverageOf(printable), w),
    render: async (onPage = () => {}) => {
      await ready;
      const paper = options.paper ?? "a4";
      const pdf = await worker.make(
        { type: "make", blocks, info, groups, printable, paper, backup: options.backup },
        onPage,
      );
      return new Blob([pdf], { type: "application/pdf" });
    },
  };
}
