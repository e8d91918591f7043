import { Suspense, useSyncExternalStore } from "react";
import { lazyNamed } from "../../ui/lazy";
import { incomingLink, subscribeIncoming, type IncomingLink } from "./incoming";

// What to do with answers from a link is asked by a part that loads only when a link brings some.
const IncomingLinkDialog = lazyNamed<"IncomingLinkDialog", { link: IncomingLink }>(
  () => import("../review/review-step"),
  "IncomingLinkDialog",
);

export function IncomingLinkSlot() {
  const link = useSyncExternalStore(subscribeIncoming, incomingLink, () => null);
  if (!link) return null;
  return (
    <Suspense fallback={null}>
      <IncomingLinkDialog key={link.packed} link={link} />
    </Suspense>
  );
}
