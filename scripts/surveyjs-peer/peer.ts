/**
 * The benchmark's peer (scripts/bench.mjs): the worked example's questions and answers as a
 * SurveyJS form, made into a PDF by SurveyJS's PDF generator (survey-pdf, on jsPDF) in the page,
 * timed as the app times its own: from the press of "Download PDF" to the finished file, its code
 * loaded at the press. Never part of the app.
 */
import { byKind, valueOf, type KindMap } from "../../src/content/kinds";
import { exampleAnswers } from "../../src/content/examples";
import { calculate } from "../../src/content/sums";
import type { Workbook } from "../../src/content/types";
import { workbook } from "../../src/content/workbook";

type Question = { question: Record<string, unknown>; value: unknown };

const textColumns = (columns: readonly { id: string; heading: string }[]) =>
  columns.map((c) => ({ name: c.id, title: c.heading, cellType: "text" }));

/** Each field kind as the nearest SurveyJS question, with its answer. */
const questionKinds: KindMap<Question> = {
  text: (field, value) => ({
    question: { type: "text", name: field.id, title: field.label },
    value,
  }),
  longText: (field, value) => ({
    question: { type: "comment", name: field.id, title: field.label },
    value,
  }),
  number: (field, value) => ({
    question: { type: "text", name: field.id, title: field.label },
    value,
  }),
  calculated: (field, _, { answers, fields }) => {
    const result = calculate(field, fields, answers);
    return {
      question: { type: "text", name: field.id, title: field.label },
      value: result.status === "ok" ? result.sum : "",
    };
  },
  list: (field, items) => ({
    question: {
      type: "matrixdynamic",
      name: field.id,
      title: field.label,
      columns: [{ name: "text", title: field.itemLabel, cellType: "text" }],
    },
    value: items.map((item) => ({ text: item.text })),
  }),
  table: (field, rows) => ({
    question: {
      type: "matrixdynamic",
      name: field.id,
      title: field.label,
      columns: textColumns(field.columns),
    },
    value: rows,
  }),
  scorecard: (field, rows) => ({
    question: {
      type: "matrixdynamic",
      name: field.id,
      title: field.label,
      columns: textColumns(field.columns),
    },
    value: rows,
  }),
  checklist: (field, value) => {
    const items = [...field.items, ...value.own.map((own) => ({ id: own.id, text: own.text }))];
    const entries = {
      ...value.items,
      ...Object.fromEntries(value.own.map((own) => [own.id, own])),
    };
    return {
      question: {
        type: "matrixdropdown",
        name: field.id,
        title: field.label,
        rows: items.map((item) => ({ value: item.id, text: item.text })),
        columns: [
          {
            name: "status",
            title: "Answer",
            cellType: "dropdown",
            choices: ["yes", "notYet", "notRelevant"],
          },
          { name: "note", title: field.noteLabel, cellType: "text" },
        ],
      },
      value: Object.fromEntries(
        Object.entries(entries).map(([id, e]) => [id, { status: e.status, note: e.note }]),
      ),
    };
  },
};

/** The workbook as a SurveyJS form (a page per step) and the example's answers as its data. */
function surveyOf(content: Workbook) {
  const answers = exampleAnswers(content);
  const data: Record<string, unknown> = {};
  const pages = content.steps
    .filter((step) => step.fields.length > 0)
    .map((step, i) => ({
      name: step.id,
      title: `Step ${i + 1}: ${step.title}`,
      description: step.prompt,
      elements: step.fields.map((field) => {
        const { question, value } = byKind(questionKinds, field, valueOf(field, answers), {
          answers,
          fields: step.fields,
        });
        data[field.id] = value;
        return question;
      }),
    }));
  return { json: { title: content.title, pages }, data };
}

const button = document.querySelector<HTMLButtonElement>("#download")!;
button.addEventListener("click", () => {
  void (async () => {
    performance.mark("pdf-start");
    const [{ SurveyPDF }] = await Promise.all([import("survey-pdf"), import("survey-core")]);
    const { json, data } = surveyOf(workbook);
    const pdf = new SurveyPDF(json, {
      fontSize: 10,
      margins: { left: 20, right: 20, top: 20, bot: 20 },
    });
    pdf.data = data;
    const blob = await pdf.raw("blob");
    performance.measure("pdf-made", "pdf-start");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "surveyjs-example.pdf";
    link.click();
  })();
});
