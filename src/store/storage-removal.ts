import { area } from "./storage";

/**
 * Removing from the browser's storage, apart from storage.ts because only parts that load when
 * needed remove anything ("Remove my answers", deleting a copy kept aside, data kept beside the
 * workbook), so the first load does without it.
 */
export function removeItem(key: string): boolean {
  const storage = area();
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
