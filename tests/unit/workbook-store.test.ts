import { createWorkbookStore } from "../../src/store/workbook-store";

const KEY = "test-store";

function saved(): unknown {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : JSON.parse(raw);
}

describe("the workbook store", () => {
  it("starts with an empty answer for every question and the first step", () => {
    const store = createWorkbookStore(KEY);
    const { answers, lastStepId } = store.getState();
    expect(lastStepId).toBe("about-you");
    expect(answers.yourName).toBe("");
    expect(answers.contactPoints).toEqual([]);
  });

  it("saves answers and the current step, with a version", () => {
    const store = createWorkbookStore(KEY);
    store.getState().setAnswers({ yourName: "Amira" });
    store.getState().setLastStep("complaints");
    expect(saved()).toMatchObject({
      version: expect.any(Number) as number,
      state: { answers: { yourName: "Amira" }, lastStepId: "complaints" },
    });
  });

  it("brings saved answers back in a new session", () => {
    createWorkbookStore(KEY).getState().setAnswers({ businessName: "Bloom & Crumb" });
    const again = createWorkbookStore(KEY);
    expect(again.getState().answers.businessName).toBe("Bloom & Crumb");
    // Questions added since the save start empty.
    expect(again.getState().answers.coachName).toBe("");
  });

  it("keeps workbooks with different keys apart", () => {
    createWorkbookStore(KEY).getState().setAnswers({ yourName: "Amira" });
    const other = createWorkbookStore(`${KEY}-other`);
    expect(other.getState().answers.yourName).toBe("");
  });

  it("says when answers are saved", async () => {
    const store = createWorkbookStore(KEY);
    store.getState().markPending();
    expect(store.getState().saveState).toBe("pending");
    store.getState().setAnswers({ yourName: "Amira" });
    await Promise.resolve();
    expect(store.getState().saveState).toBe("saved");
  });

  it("clears every answer", () => {
    const store = createWorkbookStore(KEY);
    store.getState().setAnswers({ yourName: "Amira" });
    store.getState().clearAnswers();
    expect(store.getState().answers.yourName).toBe("");
    expect(JSON.stringify(saved())).not.toContain("Amira");
  });
});
