import { useSyncExternalStore } from "react";
import { fillNodes, useWords } from "../../ui/words";
import { install, installOffer, isAppleMobile, isInstalled } from "./install-offer";

/** Installing the app, where the browser offers it, or how to on an iPhone or iPad. */
export function InstallApp() {
  const offer = useSyncExternalStore(installOffer.subscribe, installOffer.get, () => null);
  const t = useWords().more.backup.install;
  if (isInstalled() || (!offer && !isAppleMobile())) return null;
  return (
    <div className="install-app">
      <h4>{t.heading}</h4>
      <p>{t.lead}</p>
      {offer ? (
        <button type="button" className="button" onClick={() => void install()}>
          {t.button}
        </button>
      ) : (
        <p>{fillNodes(t.apple, { add: <strong>{t.addToHome}</strong> })}</p>
      )}
    </div>
  );
}
