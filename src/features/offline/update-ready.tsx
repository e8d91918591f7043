import { useSyncExternalStore } from "react";
import { useLanguage } from "../../ui/words";
import { updateReady } from "./register-offline-app";

/**
 * A quiet offer of the new version in the header, never a reload under someone's hands. Not a
 * status region of its own: the header's one status line is the save status.
 */
export function UpdateReady() {
  const ready = useSyncExternalStore(updateReady.subscribe, updateReady.get, () => null);
  const words = useLanguage().screen.header;
  if (!ready) return null;
  return (
    <button
      type="button"
      className="button small update-ready"
      title={words.newVersionHint}
      onClick={ready.apply}
    >
      {words.newVersion}
    </button>
  );
}
