import { coachPage, withCoachComments, withCoachFeedback } from "../../src/pdf/coach-comments";
import { toPdfBlocks } from "../../src/pdf/pdf-blocks";
import { englishWords } from "../fixtures/english";

describe("the coach's comments in the PDF", () => {
  const blocks = toPdfBlocks(englishWords, {}, new Date(2025, 4, 3));

  it("follow the answer they are about, headed “Your coach said”", () => {
    const out = withCoachComments(englishWords, blocks, { stoppedUsing: " Good example. " });
    const at = out.findIndex((b) => b.type === "field" && b.fieldId === "stoppedUsing");
    expect(out[at + 1]).toEqual({
      type: "coachComment",
      fieldId: "stoppedUsing",
      label: expect.stringContaining("stopped using") as string,
      heading: englishWords.more.pdf.coachSaid,
      text: "Good example.",
    });
    expect(out).toHaveLength(blocks.length + 1);
  });

  it("put comments on the answers the cover prints straight after the cover", () => {
    const out = withCoachComments(englishWords, blocks, { businessName: "Lovely name" });
    expect(out[0]?.type).toBe("cover");
    expect(out[1]).toMatchObject({ type: "coachComment", fieldId: "businessName" });
  });

  it("leave out empty comments and questions the workbook does not have", () => {
    expect(withCoachComments(englishWords, blocks, { askCoach: " \n ", gone: "Old" })).toEqual(
      blocks,
    );
  });
});

describe("the page that sums up the coach's feedback", () => {
  const blocks = toPdfBlocks(englishWords, {}, new Date(2025, 4, 3));
  const feedback = {
    coachName: "Jo Carter",
    madeAt: new Date(2025, 4, 3),
    comments: { actions: "Keep these small.", stoppedUsing: " Good example. ", askCoach: " " },
    actions: [
      { id: "a", action: "Ring every late order", byWhen: "End of May", who: "client" },
      { id: "b", action: "Send a testimonial template", byWhen: "", who: "coach" },
      { id: "c", action: " ", byWhen: "", who: "" },
    ],
  };

  it("follows the cover, with every comment in the workbook's order and the agreed actions", () => {
    const out = withCoachFeedback(englishWords, blocks, feedback);
    expect(out[0]?.type).toBe("cover");
    expect(out[1]).toEqual({
      type: "coachPage",
      title: "From your coach",
      intro: expect.stringMatching(
        /^Jo Carter, your coach, sent this feedback on 3 May 2025/,
      ) as string,
      commentsTitle: "Comments",
      comments: [
        {
          label: expect.stringMatching(/^Step 2: Think of a time/) as string,
          text: "Good example.",
        },
        { label: "Step 8: Action points", text: "Keep these small." },
      ],
      actionsTitle: "Agreed actions",
      actions: {
        headings: ["Action", "By when", "Who"],
        rows: [
          ["Ring every late order", "End of May", "You"],
          ["Send a testimonial template", "", "Your coach"],
        ],
      },
    });
    // Each comment is still under its answer, headed with the coach's name.
    const under = out.find((b) => b.type === "coachComment" && b.fieldId === "stoppedUsing");
    expect(under).toMatchObject({ heading: "Jo Carter, your coach, said" });
  });

  it("is left out when the feedback holds nothing to sum up", () => {
    const empty = { ...feedback, comments: {}, actions: [] };
    expect(withCoachFeedback(englishWords, blocks, empty)).toEqual(blocks);
    expect(coachPage(englishWords, empty)).toBeNull();
  });
});
