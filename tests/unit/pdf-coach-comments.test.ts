import { workbook } from "../../src/content/workbook";
import { COACH_SAID, withCoachComments } from "../../src/pdf/coach-comments";
import { toPdfBlocks } from "../../src/pdf/pdf-blocks";

describe("the coach's comments in the PDF", () => {
  const blocks = toPdfBlocks(workbook, {}, new Date(2025, 4, 3));

  it("follow the answer they are about, headed “Your coach said”", () => {
    const out = withCoachComments(workbook, blocks, { stoppedUsing: " Good example. " });
    const at = out.findIndex((b) => b.type === "field" && b.fieldId === "stoppedUsing");
    expect(out[at + 1]).toEqual({
      type: "coachComment",
      fieldId: "stoppedUsing",
      label: expect.stringContaining("stopped using") as string,
      heading: COACH_SAID,
      text: "Good example.",
    });
    expect(out).toHaveLength(blocks.length + 1);
  });

  it("put comments on the answers the cover prints straight after the cover", () => {
    const out = withCoachComments(workbook, blocks, { businessName: "Lovely name" });
    expect(out[0]?.type).toBe("cover");
    expect(out[1]).toMatchObject({ type: "coachComment", fieldId: "businessName" });
  });

  it("leave out empty comments and questions the workbook does not have", () => {
    expect(withCoachComments(workbook, blocks, { askCoach: " \n ", gone: "Old" })).toEqual(blocks);
  });
});
