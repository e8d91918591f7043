import { useEffect, useRef } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { Answers, Step } from "../content/types";
import { valueOf } from "../content/kinds";
import { FieldInput } from "../fields/field-map";
import { useWorkbook, useWorkbookStoreApi } from "../store/workbook-store";

/** How long typing may pause before answers are written; well inside the one-second promise. */
export const SAVE_DELAY_MS = 300;

function pickStep(step: Step, answers: Answers): Answers {
  return Object.fromEntries(step.fields.map((f) => [f.id, valueOf(f, answers)]));
}

/**
 * The one place form state meets saved state: defaults are read from the store when the step
 * opens, and changes are written back after a short pause. The store never feeds the open form
 * again unless the answers are replaced from outside (restore, another tab).
 */
export function StepForm({ step }: { step: Step }) {
  const store = useWorkbookStoreApi();
  const form = useForm<Answers>({ defaultValues: pickStep(step, store.getState().answers) });
  const revision = useWorkbook((s) => s.revision);
  const seenRevision = useRef(revision);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: Answers | null = null;
    const flush = () => {
      clearTimeout(timer);
      if (pending) store.getState().setAnswers(pending);
      pending = null;
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        pending = structuredClone(values);
        store.getState().markPending();
        clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      },
    });
    const onHide = () => flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, [form, store]);

  useEffect(() => {
    if (revision === seenRevision.current) return;
    seenRevision.current = revision;
    form.reset(pickStep(step, store.getState().answers));
  }, [revision, form, step, store]);

  return (
    <FormProvider {...form}>
      <form className="step-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {step.fields.map((field) => (
          <FieldInput key={field.id} field={field} />
        ))}
      </form>
    </FormProvider>
  );
}
