import { useMore } from "./words";

/** In a dialog: why nothing was done, and the way out. */
export function Refusal({ message, onClose }: { message: string; onClose: () => void }) {
  const close = useMore().common.close;
  return (
    <>
      <p role="alert" className="alert">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {close}
        </button>
      </div>
    </>
  );
}
