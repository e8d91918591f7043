import { useSyncExternalStore } from "react";
import { install, installOffer, isAppleMobile, isInstalled } from "./install-offer";

/** Installing the app, where the browser offers it, or how to on an iPhone or iPad. */
export function InstallApp() {
  const offer = useSyncExternalStore(installOffer.subscribe, installOffer.get, () => null);
  if (isInstalled() || (!offer && !isAppleMobile())) return null;
  return (
    <div className="install-app">
      <h4>Keep the workbook on this device</h4>
      <p>
        Installed as an app, the workbook opens without the internet and your answers are kept even
        if you do not open it for weeks.
      </p>
      {offer ? (
        <button type="button" className="button" onClick={() => void install()}>
          Install the app
        </button>
      ) : (
        <p>
          On an iPhone or iPad: tap the Share button, then <strong>Add to Home Screen</strong>.
        </p>
      )}
    </div>
  );
}
