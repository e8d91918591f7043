import { act, screen, waitFor } from "@testing-library/react";
import type { PreparedPdf } from "../../src/pdf/make-pdf";
import { catchDownloads } from "./catch-downloads";
import { renderApp } from "./render-app";

const preparePdf = vi.fn<() => Promise<PreparedPdf>>();
vi.mock("../../src/pdf/make-pdf", () => ({ preparePdf }));
// jsdom has no workers; the PDF itself is mocked above.
vi.mock("../../src/pdf/start-pdf-worker", () => ({ startPdfWorker: () => null }));

const fileName = "keeping-customers-bloom-crumb-2025-11-22.pdf";

function prepared(overrides: Partial<PreparedPdf> = {}): PreparedPdf {
  return {
    fileName,
    unprintable: [],
    render: vi.fn(() => Promise.resolve(new Blob(["%PDF-1.3"], { type: "application/pdf" }))),
    ...overrides,
  };
}

/** The review step, where "Download PDF" is. */
async function openReview() {
  const view = await renderApp("review");
  await screen.findByRole("button", { name: "Download PDF" });
  return view;
}

beforeEach(() => {
  preparePdf.mockReset();
});

test("makes the PDF on request, showing it is busy, then saves it under its file name", async () => {
  const saved = catchDownloads();
  let finish: (pdf: PreparedPdf) => void = () => {};
  preparePdf.mockReturnValue(new Promise((resolve) => (finish = resolve)));
  const { user } = await openReview();

  const button = screen.getByRole("button", { name: "Download PDF" });
  await user.click(button);
  expect(button).toHaveAttribute("aria-busy", "true");
  expect(screen.getByText("Making your PDF…")).toBeInTheDocument();

  finish(prepared());
  await waitFor(() => expect(saved.map((d) => d.name)).toEqual([fileName]));
  expect(button).toHaveAttribute("aria-busy", "false");
  expect(screen.getByText(`Downloaded ${fileName}.`)).toBeInTheDocument();
  // The file stays in Downloads: on a shared computer the user is told to delete it there.
  expect(
    screen.getByText(/On a shared computer, delete it from the Downloads folder/),
  ).toBeInTheDocument();
});

test("shows the page being drawn while a long PDF is made", async () => {
  const saved = catchDownloads();
  let page: (n: number) => void = () => {};
  let finish: () => void = () => {};
  const pdf = prepared({
    render: vi.fn((onPage?: (n: number) => void) => {
      page = onPage ?? page;
      return new Promise<Blob>((resolve) => (finish = () => resolve(new Blob(["%PDF-1.3"]))));
    }),
  });
  preparePdf.mockResolvedValue(pdf);
  const { user } = await openReview();

  await user.click(screen.getByRole("button", { name: "Download PDF" }));
  await waitFor(() => expect(pdf.render).toHaveBeenCalled());
  act(() => page(12));
  expect(screen.getByText(/Making your PDF…/)).toHaveTextContent("Making your PDF… page 12");

  act(() => finish());
  await waitFor(() => expect(saved.map((d) => d.name)).toEqual([fileName]));
  expect(screen.queryByText(/Making your PDF/)).not.toBeInTheDocument();
});

test("a double press makes one PDF", async () => {
  const saved = catchDownloads();
  const pdf = prepared();
  preparePdf.mockResolvedValue(pdf);
  const { user } = await openReview();

  await user.dblClick(screen.getByRole("button", { name: "Download PDF" }));
  await waitFor(() => expect(saved.map((d) => d.name)).toEqual([fileName]));
  expect(preparePdf).toHaveBeenCalledTimes(1);
  expect(pdf.render).toHaveBeenCalledTimes(1);
});

test("a failure is shown as an alert and loses nothing", async () => {
  catchDownloads();
  const { user } = await renderApp("about-you");
  await user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira");
  await user.click(screen.getByRole("link", { name: /Review and download/ }));
  await screen.findByRole("button", { name: "Download PDF" });
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  preparePdf.mockRejectedValue(new Error("Font request failed with status 404"));

  await user.click(screen.getByRole("button", { name: "Download PDF" }));

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Sorry, your PDF could not be made. Your answers are still saved on this device.",
  );
  expect(logged).toHaveBeenCalled(); // the cause is kept for whoever debugs it

  // Trying again works once the problem has gone.
  const saved = catchDownloads();
  preparePdf.mockResolvedValue(prepared());
  await user.click(screen.getByRole("button", { name: "Download PDF" }));
  await waitFor(() => expect(saved.map((d) => d.name)).toEqual([fileName]));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  await user.click(screen.getByRole("link", { name: "About you" }));
  expect(screen.getByRole("textbox", { name: "Your name" })).toHaveValue("Amira");
});

test("answers the PDF cannot print are named first; the user chooses to go on", async () => {
  const saved = catchDownloads();
  const pdf = prepared({
    unprintable: [
      {
        fieldId: "customersLike",
        label: "What do customers like about you and your business?",
        characters: ["🎂", "抹"],
      },
    ],
  });
  preparePdf.mockResolvedValue(pdf);
  const { user } = await openReview();

  await user.click(screen.getByRole("button", { name: "Download PDF" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Some characters can’t be printed in the PDF.");
  expect(alert).toHaveFocus();
  expect(
    screen.getByRole("link", {
      name: "Step 6: What do customers like about you and your business?",
    }),
  ).toHaveAttribute("href", "#/winning-customers");
  expect(alert).toHaveTextContent("(🎂 抹)");
  expect(pdf.render).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "Download anyway" }));
  await waitFor(() => expect(saved.map((d) => d.name)).toEqual([fileName]));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Download PDF" })).toHaveFocus();
});

test("cancelling the warning saves nothing and returns to the button", async () => {
  const saved = catchDownloads();
  const pdf = prepared({
    unprintable: [{ fieldId: "businessName", label: "Business name", characters: ["🌸"] }],
  });
  preparePdf.mockResolvedValue(pdf);
  const { user } = await openReview();

  await user.click(screen.getByRole("button", { name: "Download PDF" }));
  await user.click(await screen.findByRole("button", { name: "Cancel" }));

  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Download PDF" })).toHaveFocus();
  expect(pdf.render).not.toHaveBeenCalled();
  expect(saved).toEqual([]);
});

describe("Send to my coach", () => {
  /** A device that can share files, as a phone's browser is; `share` is what the sheet does. */
  function shareSheet(share: (data: ShareData) => Promise<void>) {
    const calls: ShareData[] = [];
    Object.defineProperty(navigator, "canShare", {
      configurable: true,
      value: (data: ShareData) => (data.files ?? []).every((f) => f.type === "application/pdf"),
    });
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return share(data);
      },
    });
    return calls;
  }

  afterEach(() => {
    // @ts-expect-error -- jsdom has neither; each test adds them
    delete navigator.canShare;
    // @ts-expect-error -- as above
    delete navigator.share;
  });

  test("is not offered where the device cannot share files", async () => {
    await openReview();
    expect(screen.queryByRole("button", { name: "Send to my coach" })).not.toBeInTheDocument();
  });

  test("hands the PDF to the share sheet instead of downloading it", async () => {
    const saved = catchDownloads();
    const shared = shareSheet(() => Promise.resolve());
    preparePdf.mockResolvedValue(prepared());
    const { user } = await openReview();
    await user.click(screen.getByRole("button", { name: "Send to my coach" }));
    expect(await screen.findByText(`Sent ${fileName}.`)).toBeInTheDocument();
    expect(shared.map((d) => d.files?.map((f) => [f.name, f.type]))).toEqual([
      [[fileName, "application/pdf"]],
    ]);
    expect(saved).toEqual([]);
  });

  test("downloads the PDF as before when the device will not send it", async () => {
    const saved = catchDownloads();
    shareSheet(() => Promise.reject(new DOMException("no", "DataError")));
    preparePdf.mockResolvedValue(prepared());
    const { user } = await openReview();
    await user.click(screen.getByRole("button", { name: "Send to my coach" }));
    expect(await screen.findByText(/could not send it, so it was downloaded/)).toBeInTheDocument();
    expect(saved.map((d) => d.name)).toEqual([fileName]);
  });

  test("says nothing was sent when the share sheet is closed", async () => {
    const saved = catchDownloads();
    shareSheet(() => Promise.reject(new DOMException("closed", "AbortError")));
    preparePdf.mockResolvedValue(prepared());
    const { user } = await openReview();
    await user.click(screen.getByRole("button", { name: "Send to my coach" }));
    expect(await screen.findByText(/Not sent/)).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
