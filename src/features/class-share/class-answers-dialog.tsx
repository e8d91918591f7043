import { useEffect, useState } from "react";
import { workbook } from "../../content/workbook";
import type { OpenedStepLink } from "../../formats/link";
import { readOffThread } from "../../formats/read-off-thread";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { plural } from "../backup/words";
import { useIncomingDone } from "../share-link/incoming";
import { stepHref } from "../steps/step-route";
import { copyAnswers, planCopy, type CopyPlan } from "./copy-answers";

type Opened = Extract<OpenedStepLink, { ok: true }>;

function PlanLine({
  plan,
  replace,
  onReplace,
}: {
  plan: CopyPlan;
  replace: boolean;
  onReplace: (on: boolean) => void;
}) {
  const { field, action, added } = plan;
  if (action === "clash")
    return (
      <li>
        <strong>{field.label}</strong>: you have your own answer, which is kept unless you tick
        this.
        <label className="check-line">
          <input type="checkbox" checked={replace} onChange={(e) => onReplace(e.target.checked)} />{" "}
          Replace my answer to “{field.label}” with the class answer
        </label>
      </li>
    );
  const what = {
    fill: "the class answer goes in, as yours is empty.",
    add: `adds ${plural(added, field.kind === "table" ? "row" : "item")} to yours.`,
    same: "you already have this.",
  }[action];
  return (
    <li>
      <strong>{field.label}</strong>: {what}
    </li>
  );
}

function CopyChoices({ opened }: { opened: Opened }) {
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const mine = useWorkbook((s) => s.answers);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const step = workbook.steps.find((s) => s.id === opened.stepId)!;
  const plans = planCopy(step, mine, opened.answers);
  const anything = plans.some((p) => p.action === "fill" || p.action === "add") || replace.size > 0;

  const copy = () => {
    const { answers, setAnswer } = store.getState();
    const changed = copyAnswers(step, answers, opened.answers, replace);
    for (const [id, value] of Object.entries(changed)) setAnswer(id, value);
    saving.flush();
    store.setState({
      notice: `Copied the class answers for “${step.title}” into your workbook.`,
    });
    done();
    window.location.assign(stepHref(step.id));
  };

  return (
    <>
      <p>
        Your class shared its answers to the step <strong>{step.title}</strong>. Nothing has been
        copied yet. Copying puts them into your own workbook:
      </p>
      <ul className="copy-plan">
        {plans.map((plan) => (
          <PlanLine
            key={plan.field.id}
            plan={plan}
            replace={replace.has(plan.field.id)}
            onReplace={(on) => {
              const next = new Set(replace);
              if (on) next.add(plan.field.id);
              else next.delete(plan.field.id);
              setReplace(next);
            }}
          />
        ))}
      </ul>
      {!anything && <p>There is nothing new to copy: your workbook already has all of it.</p>}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={done}>
          {anything ? "Cancel" : "Close"}
        </button>
        {anything && (
          <button type="button" className="button primary" onClick={copy}>
            Copy into my workbook
          </button>
        )}
      </div>
    </>
  );
}

/** A participant opened the class's QR code: shows what it holds and copies it only if asked. */
export function ClassAnswersDialog({ hash }: { hash: string }) {
  const done = useIncomingDone();
  const [read, setRead] = useState<OpenedStepLink | null>(null);
  useEffect(() => {
    let live = true;
    void readOffThread("classLink", hash).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [hash]);
  return (
    <Modal title="Answers from your class" onClose={done}>
      {read === null && <p role="status">Opening the class answers…</p>}
      {read?.ok === false && (
        <Refusal message={`${read.message} Your workbook has not been changed.`} onClose={done} />
      )}
      {read?.ok && <CopyChoices opened={read} />}
    </Modal>
  );
}
