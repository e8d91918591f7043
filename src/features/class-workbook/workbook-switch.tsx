import { useSyncExternalStore } from "react";
import { useLanguage } from "../../ui/words";

export type WorkbookChoice = "personal" | "class";

/**
 * Which workbook is open lives in the address (?workbook=class), beside the step in the hash,
 * so a reload, Back and a bookmark keep the facilitator in the class workbook, and the
 * personal workbook's saved data is never read or written while the class one is open.
 */
const PARAM = "workbook";
const CHANGE_EVENT = "workbookchange";

export function choiceFromSearch(search: string): WorkbookChoice {
  return new URLSearchParams(search).get(PARAM) === "class" ? "class" : "personal";
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function useWorkbookChoice(): WorkbookChoice {
  return useSyncExternalStore(
    subscribe,
    () => choiceFromSearch(window.location.search),
    // The page made at build time (see src/app/prerender.tsx) is the personal workbook.
    () => "personal",
  );
}

export function chooseWorkbook(choice: WorkbookChoice): void {
  if (choiceFromSearch(window.location.search) === choice) return;
  const url = new URL(window.location.href);
  if (choice === "class") url.searchParams.set(PARAM, "class");
  else url.searchParams.delete(PARAM);
  window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

const switchOptions = [
  { choice: "personal", label: "myWorkbook", className: "switch-option" },
  { choice: "class", label: "classWorkbook", className: "switch-option class-option" },
] as const;

/** The header control: two buttons, the open workbook pressed. */
export function WorkbookSwitch() {
  const choice = useWorkbookChoice();
  const words = useLanguage().screen.header;
  return (
    <div className="workbook-switch" role="group" aria-label={words.whichWorkbook}>
      {switchOptions.map(({ choice: option, label, className }) => (
        <button
          key={option}
          type="button"
          className={className}
          aria-pressed={choice === option}
          onClick={() => chooseWorkbook(option)}
        >
          {words[label]}
        </button>
      ))}
    </div>
  );
}
