import { withCoachComments } from "../../src/pdf/coach-comments";
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
