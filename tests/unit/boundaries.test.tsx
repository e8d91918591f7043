import { screen, within } from "@testing-library/react";
import type { ComponentProps } from "react";
import type * as StepNavModule from "../../src/features/steps/step-nav";
import type * as StepPageModule from "../../src/features/steps/step-page";
import { activate, english, loadToShow } from "../../src/content/language";
import { readSaved } from "../../src/formats/saved-data";
import { catchDownloads } from "./catch-downloads";
import { renderApp } from "./render-app";

/**
 * Whatever goes wrong while a step is drawn, the app stays: the step says what happened in plain
 * words, with "Download backup" and the way to another step, and the answers are untouched. When
 * even the app's frame cannot be drawn, the same, with a link to every step.
 */

const broken = vi.hoisted(() => ({ step: "", nav: false }));

vi.mock("../../src/features/steps/step-page", async (original) => {
  const real = await original<typeof StepPageModule>();
  return {
    ...real,
    StepPage: (props: ComponentProps<typeof real.StepPage>) => {
      if (props.step.id === broken.step) throw new Error("A step that cannot be drawn");
      return <real.StepPage {...props} />;
    },
  };
});

vi.mock("../../src/features/steps/step-nav", async (original) => {
  const real = await original<typeof StepNavModule>();
  return {
    ...real,
    StepNav: (props: ComponentProps<typeof real.StepNav>) => {
      if (broken.nav) throw new Error("A frame that cannot be drawn");
      return <real.StepNav {...props} />;
    },
  };
});

beforeEach(() => {
  broken.step = "";
  broken.nav = false;
  // React reports what its boundaries caught; those reports are expected here.
  vi.spyOn(console, "error").mockImplementation(() => {});
});

it("shows what happened on a step that cannot be drawn, with the backup and the way on", async () => {
  const files = catchDownloads();
  const view = await renderApp("about-you");
  await view.user.type(screen.getByRole("textbox", { name: "Your name" }), "Amira Khan");
  broken.step = "contact-points";
  await view.user.click(screen.getByRole("link", { name: /Your customer contact points/ }));

  const alert = await screen.findByRole("alert");
  expect(
    within(alert).getByRole("heading", { name: "This step could not be shown" }),
  ).toBeVisible();
  expect(alert).toHaveTextContent(
    "Your answers are saved in this browser and have not been changed.",
  );
  await view.user.click(within(alert).getByRole("button", { name: "Download backup" }));
  const read = readSaved(await files[0]!.blob.text());
  expect(read.status === "ok" && read.saved.answers.yourName).toBe("Amira Khan");
  expect(files[0]!.name).toMatch(/^keeping-customers-backup-\d{4}-\d\d-\d\d\.json$/);

  // The list of steps still works, and the next step draws as normal.
  await view.user.click(screen.getByRole("link", { name: /About you/ }));
  expect(await screen.findByRole("textbox", { name: "Your name" })).toHaveValue("Amira Khan");
});

it("shows what happened when the app's frame cannot be drawn, with a link to every step", async () => {
  broken.nav = true;
  const { user } = await renderApp("about-you");
  expect(await screen.findByRole("heading", { name: "Something went wrong" })).toBeVisible();
  expect(screen.getByRole("button", { name: "Download backup" })).toBeVisible();
  const links = screen.getAllByRole("link", { name: /^Step \d+:/ });
  expect(links.length).toBeGreaterThan(10);

  // Following one draws the app afresh: here, once the fault is gone.
  broken.nav = false;
  await user.click(screen.getByRole("link", { name: "Step 2: Why customer service matters" }));
  expect(
    await screen.findByRole("heading", { level: 1, name: "Why customer service matters" }),
  ).toBeVisible();
});

it("says what happened in the language shown", async () => {
  const polish = await loadToShow("pl");
  activate(polish);
  try {
    broken.nav = true;
    await renderApp("about-you");
    expect(await screen.findByRole("heading", { name: "Coś poszło nie tak" })).toBeVisible();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Twoje odpowiedzi są zapisane w tej przeglądarce i się nie zmieniły.",
    );
    expect(screen.getByRole("button", { name: "Pobierz kopię zapasową" })).toBeVisible();
    expect(
      screen.getByRole("link", { name: `Krok 2: ${polish.workbook.steps[1]!.title}` }),
    ).toBeVisible();
  } finally {
    activate(english);
  }
});
