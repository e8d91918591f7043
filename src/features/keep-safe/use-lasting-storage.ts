import { useEffect } from "react";
import { answeredCount } from "../../content/kinds";
import { shape } from "../../content/shape";
import { useWorkbook } from "../../store/workbook-store";

/**
 * Once there is something to keep, asks the browser not to clear this site's storage when it
 * runs short of space (navigator.storage.persist). Browsers decide for themselves, often
 * silently; asking is harmless, and an installed app is usually granted it.
 */
export function useLastingStorage(): void {
  const hasAnswers = useWorkbook((s) => answeredCount(shape, s.answers) > 0);
  useEffect(() => {
    if (!hasAnswers || !navigator.storage?.persist) return;
    void navigator.storage.persisted().then((kept) => (kept ? true : navigator.storage.persist()));
  }, [hasAnswers]);
}
