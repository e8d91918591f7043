import { startTransition, StrictMode, Suspense } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app";
import { KeepEarlyTyping, typedBeforeStart } from "./app/early-typing";
import { WorkbookProvider } from "./app/workbook-provider";
import { shape } from "./content/shape";
import { choiceFromSearch } from "./features/class-workbook/workbook-switch";
import { registerOfflineApp } from "./features/offline/register-offline-app";
import "./styles.css";
import { loadReviewStep } from "./features/review/load-review-step";
import { startIn } from "./features/language/show-language";
import { ensureComplete } from "./content/language";
import { startingLanguage } from "./store/language-choice";
import { lazyNamed } from "./ui/lazy";
import { whenIdle } from "./ui/when-idle";

const root = document.getElementById("root")!;

// The coach's review space (?coach) is a page of its own: its code loads only there, and the
// workbook is not opened at all (src/store/first-screen.ts spots it too). It comes in the review
// step's file, like the app's other lazy parts (see the end of review-step.tsx).
const CoachSpacePage = lazyNamed<"CoachSpacePage", object>(loadReviewStep, "CoachSpacePage");
const coach = /[?&]coach\b/.test(location.search);

// index.html holds the first screen, made at build time (src/app/prerender.tsx). When that is
// the screen to show, it is hydrated, in a transition so the page stays free to respond; saved
// answers fill in straight after, and anything typed before now is kept. Otherwise (see
// src/store/first-screen.ts) it is drawn afresh.
function start() {
  // Drawn afresh below: nothing to hide (and if its code cannot load, that is said on the page).
  if (coach) document.documentElement.classList.remove("restoring");
  const prerendered =
    !coach &&
    root.firstElementChild !== null &&
    !document.documentElement.classList.contains("restoring") &&
    // Checked here too: hydrating the first step under another step's address would lose it.
    (location.hash === "" || location.hash === `#/${shape.steps[0]!.id}`) &&
    choiceFromSearch(location.search) === "personal";
  const page = (
    <StrictMode>
      {coach ? (
        <Suspense fallback={null}>
          <CoachSpacePage />
        </Suspense>
      ) : (
        <WorkbookProvider>
          <App />
          <KeepEarlyTyping typed={prerendered ? typedBeforeStart(root) : {}} />
        </WorkbookProvider>
      )}
    </StrictMode>
  );
  if (prerendered) startTransition(() => void hydrateRoot(root, page));
  else {
    root.textContent = "";
    createRoot(root).render(page);
  }
}

// The page is in English. Another language is loaded first (the inline script has hidden the
// page meanwhile); if it cannot be, the page opens in English rather than not at all.
// English starts with its first screen's words; the rest are fetched at once.
const language = startingLanguage();
if (language === "en") {
  start();
  void ensureComplete();
} else void startIn(language).then(start, start);

registerOfflineApp();
// The browser's offer to install the app is kept by the page's inline script until then; text
// boxes are fitted for printing from then on too. If the file cannot load (offline before the
// app was kept), the parts in it say so where they are needed.
whenIdle(
  () =>
    void loadReviewStep().then(
      (lazy) => {
        lazy.watchInstallOffer();
        lazy.fitTextBoxesForPrint();
      },
      () => {},
    ),
);
