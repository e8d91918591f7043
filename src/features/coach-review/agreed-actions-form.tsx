import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import {
  FormProvider,
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
  type FieldError,
  type FieldPath,
} from "react-hook-form";
import { LIMITS } from "../../content/kinds";
import type { TableRow } from "../../content/types";
import { isoDate } from "../../lib/dates";
import type { Review } from "../../formats/coach-space-file";
import { reviewTitle } from "./coach-space";
import { feedbackFileName, feedbackText, WHO, type Who } from "../../formats/feedback-file";
import { downloadText } from "../../ui/download";
import { ErrorLine } from "../../ui/error-line";
import { useWords } from "../../ui/words";
import { checkDate, shortly, tooLong } from "./agreed-actions-rules";
import { useCoach, useCoachNow, useCoachSpace } from "./coach-store";

/**
 * The agreed actions (action, by when, who) and "Download feedback", the form's submit: a form
 * with rules and an end, so react-hook-form holds it while it is shown. Each change is also kept
 * in the coach space at once (so nothing is lost on leaving the page), and the file is made only
 * from actions that pass the rules. This file, and react-hook-form with it, load with the coach
 * space only (review-view.tsx).
 */

type ActionRow = { rowId: string; action: string; byWhen: string; who: "" | Who };
type AgreedForm = { actions: ActionRow[] };

const isWho = (value: string): value is Who => (WHO as readonly string[]).includes(value);

const toForm = (row: TableRow): ActionRow => ({
  rowId: row.id,
  action: row.action ?? "",
  byWhen: row.byWhen ?? "",
  who: isWho(row.who ?? "") ? (row.who as Who) : "",
});

const toRow = (row: Partial<ActionRow> | undefined): TableRow => ({
  id: row?.rowId ?? "",
  action: row?.action ?? "",
  byWhen: row?.byWhen ?? "",
  who: row?.who ?? "",
});

/** The same actions in the same order, whatever else the rows hold. */
const same = (a: readonly TableRow[], b: readonly TableRow[]) =>
  JSON.stringify(a.map((row) => toRow(toForm(row)))) ===
  JSON.stringify(b.map((row) => toRow(toForm(row))));

const newRowId = () => `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type RowProps = { index: number; clientName: string; today: string; onRemove: () => void };

/** One box of a row: its column's label, the box (named "‹column›, row ‹n›"), what to change. */
function Cell({
  id,
  heading,
  n,
  error,
  className,
  children,
}: {
  id: string;
  heading: string;
  n: number;
  error: FieldError | undefined;
  className?: string;
  children: (props: Record<string, unknown>) => ReactNode;
}) {
  const say = useWords();
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {heading}
      </label>
      {children({
        id,
        // The visible label is the column's; the name says which row, as the workbook's do.
        "aria-label": say.fill(say.screen.rows.cell, { column: heading, number: n }),
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${id}-error` : undefined,
      })}
      <ErrorLine id={`${id}-error`} error={error} />
    </div>
  );
}

function ActionFields({ index, clientName, today, onRemove }: RowProps) {
  const { register, formState } = useFormContext<AgreedForm>();
  const id = useId();
  const errors = formState.errors.actions?.[index];
  const n = index + 1;
  const w = useWords();
  const t = w.more.coach.agreedForm;
  return (
    <li className="agreed-action">
      <fieldset>
        <legend>{w.fill(t.legend, { number: n })}</legend>
        <div className="agreed-fields">
          <Cell
            id={`${id}-action`}
            heading={t.action}
            n={n}
            error={errors?.action}
            className="agreed-what"
          >
            {(props) => (
              <textarea
                className="input"
                rows={2}
                dir="auto"
                maxLength={LIMITS.textLength}
                {...props}
                {...register(`actions.${index}.action`, {
                  validate: (text) => text.trim() !== "" || t.actionMissing,
                })}
              />
            )}
          </Cell>
          <Cell id={`${id}-when`} heading={t.byWhen} n={n} error={errors?.byWhen}>
            {(props) => (
              <input
                type="text"
                className="input"
                autoComplete="off"
                dir="auto"
                maxLength={200}
                {...props}
                {...register(`actions.${index}.byWhen`, {
                  validate: (text) => checkDate(text, today, w),
                })}
              />
            )}
          </Cell>
          <Cell id={`${id}-who`} heading={t.who} n={n} error={errors?.who}>
            {(props) => (
              <select
                className="input"
                {...props}
                {...register(`actions.${index}.who`, {
                  validate: (who) => who !== "" || t.whoMissing,
                })}
              >
                <option value="">{t.choose}</option>
                <option value="client">{clientName || t.client}</option>
                <option value="coach">{t.coach}</option>
                <option value="both">{t.both}</option>
              </select>
            )}
          </Cell>
        </div>
        <button type="button" className="button small danger" onClick={onRemove}>
          {w.fill(w.screen.rows.remove, { row: w.fill(w.screen.rows.row, { number: n }) })}
        </button>
      </fieldset>
    </li>
  );
}

type Removed = { index: number; row: ActionRow; label: string };

function CoachName() {
  const space = useCoachSpace();
  const name = useCoach((s) => s.coachName);
  const id = useId();
  const t = useWords().more.coach.agreedForm;
  return (
    <div className="field coach-name">
      <label htmlFor={id} className="field-label">
        {t.yourName}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t.nameHint}
      </p>
      <input
        id={id}
        type="text"
        className="input"
        autoComplete="name"
        dir="auto"
        maxLength={200}
        aria-describedby={`${id}-hint`}
        value={name}
        onChange={(e) => space.setCoachName(e.target.value)}
      />
    </div>
  );
}

// eslint-disable-next-line max-lines-per-function -- one form: its rows, undo, saving and submit
export function AgreedActionsForm({ review }: { review: Review }) {
  const space = useCoachSpace();
  const now = useCoachNow();
  const today = isoDate(new Date());
  const client = reviewTitle(review.answers);
  const w = useWords();
  const t = w.more.coach;
  const form = useForm<AgreedForm>({
    defaultValues: { actions: review.actions.map(toForm) },
    reValidateMode: "onChange",
  });
  const { fields, append, remove, insert } = useFieldArray({
    control: form.control,
    name: "actions",
  });
  const [removed, setRemoved] = useState<Removed[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const focusNext = useRef<(() => void) | null>(null);
  const { errors, submitCount } = form.formState;
  const problems = errors.actions?.filter?.(Boolean).length ?? 0;

  // Focus moves once the rows are drawn: to "Undo" after a removal, to the row put back,
  // back to the box someone was in when the rows were drawn afresh (see below).
  useEffect(() => {
    focusNext.current?.();
    focusNext.current = null;
  });

  // Every change is kept in the coach space as it is made, as the comments are; and what another
  // coach tab agreed, once merged into the space, shows here. `synced` is the rows both last
  // held, so neither side sends the other back what it was just given.
  const synced = useRef(review.actions);
  const values = useWatch({ control: form.control, name: "actions" });
  useEffect(() => {
    const rows = values.map(toRow);
    if (same(rows, synced.current)) return;
    synced.current = rows;
    space.updateActions(review.id, () => rows);
  }, [values, space, review.id]);
  const kept = useCoach((s) => s.reviews.find((r) => r.id === review.id)?.actions);
  useEffect(() => {
    if (!kept || same(kept, synced.current)) return;
    synced.current = kept;
    // The rows are drawn afresh: whoever was in a box stays in it.
    const focused = document.activeElement?.getAttribute("name");
    form.reset({ actions: kept.map(toForm) }, { keepSubmitCount: true });
    if (focused?.startsWith("actions."))
      focusNext.current ??= () => {
        if (document.activeElement === document.body)
          form.setFocus(focused as FieldPath<AgreedForm>);
      };
  }, [kept, form]);

  const removeAt = (index: number) => {
    const row = form.getValues(`actions.${index}`);
    const words = shortly(row.action);
    const name = w.fill(t.agreedForm.rowName, { number: index + 1 });
    const label = words ? w.fill(w.screen.rows.removedLabel, { row: name, words }) : name;
    setRemoved((list) => [{ index, row, label }, ...list]);
    remove(index);
    focusNext.current = () => document.getElementById("agreed-undo")?.focus();
  };

  const undo = () => {
    const [latest, ...rest] = removed;
    if (!latest) return;
    const at = Math.min(latest.index, form.getValues("actions").length);
    insert(at, latest.row, { shouldFocus: false });
    setRemoved(rest);
    focusNext.current = () => form.setFocus(`actions.${at}.action`);
  };

  const add = () => {
    append({ rowId: newRowId(), action: "", byWhen: "", who: "" }, { shouldFocus: false });
    const at = fields.length;
    focusNext.current = () => form.setFocus(`actions.${at}.action`);
  };

  const download = ({ actions }: AgreedForm) => {
    space.stored.flush();
    const { coachName, reviews } = now();
    const comments = reviews.find((r) => r.id === review.id)?.comments ?? review.comments;
    const long = tooLong(comments, w);
    if (long) return setProblem(long);
    const fileName = feedbackFileName(client);
    downloadText(
      fileName,
      feedbackText(
        {
          madeAt: new Date(),
          forName: client.name,
          forBusiness: client.business,
          coachName: coachName.trim(),
          comments,
          actions: actions.map(toRow),
        },
        w.fill(t.feedbackAbout, { workbook: w.workbook.title }),
      ),
    );
    setDone(w.fill(t.downloaded, { file: fileName, name: client.name || t.them }));
  };

  const latest = removed[0];
  return (
    <FormProvider {...form}>
      <form
        className="agreed-form"
        aria-label={t.agreedActions}
        noValidate
        onSubmit={(e) => {
          setDone(null);
          setProblem(null);
          void form.handleSubmit(download)(e);
        }}
      >
        <p className="field-hint">
          {client.name ? w.fill(t.agreedForm.hintNamed, { name: client.name }) : t.agreedForm.hint}
        </p>
        {fields.length > 0 ? (
          <ol className="agreed-list">
            {fields.map((field, index) => (
              <ActionFields
                key={field.id}
                index={index}
                clientName={client.name}
                today={today}
                onRemove={() => removeAt(index)}
              />
            ))}
          </ol>
        ) : (
          <p className="empty-note">{t.agreedForm.none}</p>
        )}
        <div className="undo-bar" aria-live="polite">
          {latest && (
            <p className="undo-latest">
              <span id="agreed-undo-msg">
                {w.fill(w.screen.rows.removed, { row: latest.label })}
              </span>{" "}
              <button
                type="button"
                id="agreed-undo"
                className="button small"
                aria-describedby="agreed-undo-msg"
                onClick={undo}
              >
                {w.screen.rows.undo}
              </button>
            </p>
          )}
        </div>
        <div className="add-bar">
          <button
            type="button"
            className="button"
            disabled={fields.length >= LIMITS.rows}
            onClick={add}
          >
            <span aria-hidden="true">+ </span>
            {t.addAgreed}
          </button>
        </div>
        <section className="download-feedback" aria-labelledby="download-heading">
          <h2 id="download-heading">{t.agreedForm.sendHeading}</h2>
          <CoachName />
          {problem && (
            <p role="alert" className="alert">
              {problem}
            </p>
          )}
          {submitCount > 0 && problems > 0 && (
            <p role="alert" className="alert">
              {w.plural(t.agreedForm.notDownloaded, problems)}
            </p>
          )}
          <button type="submit" className="button primary">
            {t.downloadFeedback}
          </button>
          <p role="status" className="download-feedback-status">
            {done}
          </p>
        </section>
      </form>
    </FormProvider>
  );
}
