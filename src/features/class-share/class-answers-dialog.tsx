import { useEffect, useState } from "react";
import type { OpenedStepLink } from "../../formats/link";
import { readOffThread } from "../../formats/read-off-thread";
import { useSaving, useWorkbook, useWorkbookStoreApi } from "../../store/workbook-store";
import { Modal } from "../../ui/modal";
import { Refusal } from "../../ui/refusal";
import { fillNodes, useWords } from "../../ui/words";
import { problemText } from "../backup/words";
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
  const w = useWords();
  const t = w.more.classShare;
  const question = <strong>{field.label}</strong>;
  if (action === "clash")
    return (
      <li>
        {fillNodes(t.planLine, { question, what: t.clash })}
        <label className="check-line">
          <input type="checkbox" checked={replace} onChange={(e) => onReplace(e.target.checked)} />{" "}
          {w.fill(t.replaceMine, { question: field.label })}
        </label>
      </li>
    );
  const what = {
    fill: t.fill,
    add: w.plural(field.kind === "table" ? t.addRows : t.addItems, added),
    same: t.same,
  }[action];
  return <li>{fillNodes(t.planLine, { question, what })}</li>;
}

function CopyChoices({ opened }: { opened: Opened }) {
  const done = useIncomingDone();
  const store = useWorkbookStoreApi();
  const saving = useSaving();
  const mine = useWorkbook((s) => s.answers);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const w = useWords();
  const t = w.more.classShare;
  const step = w.workbook.steps.find((s) => s.id === opened.stepId)!;
  const plans = planCopy(step, mine, opened.answers);
  const anything = plans.some((p) => p.action === "fill" || p.action === "add") || replace.size > 0;

  const copy = () => {
    const { answers, setAnswer } = store.getState();
    const changed = copyAnswers(step, answers, opened.answers, replace);
    for (const [id, value] of Object.entries(changed)) setAnswer(id, value);
    saving.flush();
    store.setState({ notice: { kind: "said", text: w.fill(t.copied, { step: step.title }) } });
    done();
    window.location.assign(stepHref(step.id));
  };

  return (
    <>
      <p>{fillNodes(t.shared, { step: <strong>{step.title}</strong> })}</p>
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
      {!anything && <p>{t.nothingNew}</p>}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={done}>
          {anything ? w.more.common.cancel : w.more.common.close}
        </button>
        {anything && (
          <button type="button" className="button primary" onClick={copy}>
            {t.copy}
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
  const w = useWords();
  const t = w.more.classShare;
  useEffect(() => {
    let live = true;
    void readOffThread("classLink", hash).then((result) => live && setRead(result));
    return () => {
      live = false;
    };
  }, [hash]);
  return (
    <Modal title={t.fromClass} onClose={done}>
      {read === null && <p role="status">{t.opening}</p>}
      {read?.ok === false && (
        <Refusal
          message={w.fill(t.notChanged, { problem: problemText(read.problem, w) })}
          onClose={done}
        />
      )}
      {read?.ok && <CopyChoices opened={read} />}
    </Modal>
  );
}
