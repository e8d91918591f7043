import { useEffect, useRef } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { Answers, Step } from "../../content/types";
import { valueOf } from "../../content/kinds";
import { FieldInput } from "../../fields/field-map";
import { useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";

/** How long typing may pause before answers are written; well inside the one-second promise. */
export const SAVE_DELAY_MS = 300;

function pickStep(step: Step, answers: Answers): Answers {
  return Object.fromEntries(step.fields.map((f) => [f.id, valueOf(f, answers)]));
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/**
 * Notes which control has focus, and where its caret is, so that after the form is reset to
 * answers from another tab the user can carry on typing. Rows of a table or list are drawn
 * afresh on reset, so the control is found again by its name.
 */
function rememberFocus(form: HTMLFormElement | null): () => void {
  const active = document.activeElement;
  if (!form || !(active instanceof HTMLElement) || !form.contains(active)) return () => {};
  const name = active.getAttribute("name");
  const value = active instanceof HTMLInputElement ? active.value : null;
  const isControl = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
  const start = isControl ? active.selectionStart : null;
  const end = isControl ? active.selectionEnd : null;

  return () => {
    let target: HTMLElement | null = active.isConnected ? active : null;
    if (!target && name) {
      const candidates = [...form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)];
      target =
        candidates.find((el) => el instanceof HTMLInputElement && el.value === value) ??
        candidates[0] ??
        null;
    }
    if (!target) return;
    if (document.activeElement !== target) target.focus({ preventScroll: true });
    if (start === null || end === null) return;
    const control = target as Control;
    const length = control.value.length;
    try {
      control.setSelectionRange(Math.min(start, length), Math.min(end, length));
    } catch {
      // Controls without a caret (radio buttons) have nothing to restore.
    }
  };
}

/**
 * The one place form state meets saved state: defaults are read from the store when the step
 * opens, and changes are written back after a short pause. The store never feeds the open form
 * again unless the answers are replaced from outside (restore, another tab); then the questions
 * that changed are set in the open form.
 */
export function StepForm({ step }: { step: Step }) {
  const store = useWorkbookStoreApi();
  const form = useForm<Answers>({ defaultValues: pickStep(step, store.getState().answers) });
  const formRef = useRef<HTMLFormElement>(null);
  const revision = useWorkbook((s) => s.revision);
  const seenRevision = useRef(revision);
  /** True while answers from outside are put into the form: those need no saving. */
  const applyingOutside = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Only the questions the user changed are handed over, never the whole step: the others
    // may meanwhile have changed in another tab, and an old copy must not be saved over them.
    let pending: Answers = {};
    const flush = () => {
      clearTimeout(timer);
      const values = pending;
      pending = {};
      if (Object.keys(values).length > 0) store.getState().setAnswers(values);
    };
    const discard = () => {
      clearTimeout(timer);
      pending = {};
    };
    const unregister = store.getState().registerDrafts({ flush, discard });
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        // Changes the user makes carry the control's name, e.g. "contactPoints.0.point".
        // A reset from outside carries none and needs no saving.
        const id = name?.split(".")[0];
        if (!id || !(id in values) || applyingOutside.current) return;
        pending[id] = structuredClone(values[id]!);
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
      unregister();
    };
  }, [form, store]);

  useEffect(() => {
    if (revision === seenRevision.current) return;
    seenRevision.current = revision;
    // Only the questions that changed are set, so the one being typed in is left alone unless
    // it is the one that changed; focus and caret are put back either way.
    const next = pickStep(step, store.getState().answers);
    const now = form.getValues();
    const changed = step.fields.filter(
      (f) => JSON.stringify(next[f.id]) !== JSON.stringify(now[f.id]),
    );
    if (changed.length === 0) return;
    const restoreFocus = rememberFocus(formRef.current);
    applyingOutside.current = true;
    try {
      for (const f of changed) form.setValue(f.id, next[f.id]!, { shouldDirty: false });
    } finally {
      applyingOutside.current = false;
    }
    restoreFocus();
    // Rows of tables and lists are drawn again after the change renders, losing focus.
    requestAnimationFrame(() => {
      if (!formRef.current?.contains(document.activeElement)) restoreFocus();
    });
  }, [revision, form, step, store]);

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="step-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {step.fields.map((field) => (
          <FieldInput key={field.id} field={field} />
        ))}
      </form>
    </FormProvider>
  );
}
