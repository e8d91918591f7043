/**
 * What to change in a form's box, under it: the box names this line's id as its description.
 * Nothing while the box is right. (A react-hook-form error has the same `message`.)
 */
export function ErrorLine({ id, error }: { id: string; error: { message?: string } | undefined }) {
  return error?.message ? (
    <p id={id} className="field-error">
      {error.message}
    </p>
  ) : null;
}
