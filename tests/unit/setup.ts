import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { activate, loadLanguage, loadMore } from "../../src/content/language";
import { closeStoredValues } from "../../src/store/stored-value";

// Parts of the app load on first use (the review step, alerts, the example); the first load in a
// busy test run can take over the default second.
configure({ asyncUtilTimeout: 3000 });
// Whole journeys through the app take a few seconds each; a busy machine must not fail them.
vi.setConfig({ testTimeout: 20_000 });

// The app starts with English's first-screen words and fetches the rest at once; the tests start
// with them all, and with the words of the parts that load later, as a page a moment old has.
const english = await loadLanguage("en");
await loadMore("en");
activate(english);

// jsdom has no matchMedia; the app asks it whether it runs as an installed app. Here it never is.
// (Tests that run in Node rather than jsdom, such as the PDF structure's, have no window.)
const inBrowser = typeof window !== "undefined";
if (inBrowser && typeof window.matchMedia !== "function") {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

afterEach(() => {
  // A test that chose another language leaves the next one in English.
  activate(english);
  if (!inBrowser) return;
  // Values kept beside a workbook are opened once per page; each test is a page of its own.
  closeStoredValues();
  localStorage.clear();
  window.location.hash = "";
});
