import { describe, expect, it } from "vitest";
import {
  applicationState,
  fieldChanges,
  infoRequestProblem,
  schemeForm,
  SCHEME_FIELDS,
  withdrawProblem,
} from "../../../app/modules/schemes/rules";
import { schemeFormInput } from "./scheme-form-input";

// The rules behind editing a scheme and an application's life after it is submitted.
const submitted = { status: "submitted" as const, withdrawnAt: null };

describe("fieldChanges", () => {
  it("keeps only the fields that differ, each with before and after", () => {
    const before = { nameVi: "A", nameEn: "A", budget: 100, standard: null, recognition: 0 };
    const after = { nameVi: "A", nameEn: "B", budget: 200, standard: null, recognition: 1 };
    expect(fieldChanges(before, after, ["nameVi", "nameEn", "budget", "standard", "recognition"])).toEqual({
      nameEn: { before: "A", after: "B" },
      budget: { before: 100, after: 200 },
      recognition: { before: 0, after: 1 },
    });
  });
  it("reads undefined as null and skips fields the edit does not carry", () => {
    expect(fieldChanges({ a: null, b: 1 } as Record<string, unknown>, { a: undefined }, ["a", "b"])).toEqual(
      {},
    );
  });
});

describe("application states", () => {
  it("withdrawn wins; an open question on a submitted application reads as information requested", () => {
    expect(applicationState(submitted, false)).toBe("submitted");
    expect(applicationState(submitted, true)).toBe("info_requested");
    expect(applicationState({ status: "approved", withdrawnAt: null }, true)).toBe("approved");
    expect(applicationState({ ...submitted, withdrawnAt: "2026-12-01T00:00:00Z" }, true)).toBe("withdrawn");
  });
  it("only an undecided application is withdrawn, once", () => {
    expect(withdrawProblem(submitted)).toBeNull();
    expect(withdrawProblem({ status: "rejected", withdrawnAt: null })).toBe("decided");
    expect(withdrawProblem({ ...submitted, withdrawnAt: "x" })).toBe("withdrawn");
  });
  it("one open question at a time, never on a decided or withdrawn application", () => {
    expect(infoRequestProblem(submitted, false)).toBeNull();
    expect(infoRequestProblem(submitted, true)).toBe("infoOpen");
    expect(infoRequestProblem({ status: "approved", withdrawnAt: null }, false)).toBe("decided");
    expect(infoRequestProblem({ ...submitted, withdrawnAt: "x" }, false)).toBe("withdrawn");
  });
});

describe("the scheme form's recognition checkbox", () => {
  const base = { ...schemeFormInput, kind: "training" };
  it("is on only when ticked, and is one of the audited fields", () => {
    expect(schemeForm.parse({ ...base, recognition: "on" }).recognition).toBe(true);
    expect(schemeForm.parse(base).recognition).toBe(false);
    expect(SCHEME_FIELDS).toContain("recognition");
  });
});
