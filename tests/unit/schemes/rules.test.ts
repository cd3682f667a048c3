import { describe, expect, it } from "vitest";
import {
  applyProblem,
  budgetUse,
  certifiedThroughSchemes,
  decisionProblem,
  schemeForm,
  schemeWindow,
} from "../../../app/modules/schemes/rules";
import { schemeFormInput } from "./scheme-form-input";
import { computeKpis, hanoiDate } from "../../../app/modules/programme/kpi";

const w = { opensOn: "2026-03-01", closesOn: "2026-03-31" };

describe("scheme window and applying", () => {
  it("is open from the opening through the closing day inclusive", () => {
    expect(schemeWindow(w, "2026-02-28")).toBe("upcoming");
    expect(schemeWindow(w, "2026-03-01")).toBe("open");
    expect(schemeWindow(w, "2026-03-31")).toBe("open");
    expect(schemeWindow(w, "2026-04-01")).toBe("closed");
  });
  it("refuses outside the window and a second application", () => {
    expect(applyProblem(w, "2026-03-10", null)).toBeNull();
    expect(applyProblem(w, "2026-04-01", null)).toBe("notOpen");
    expect(applyProblem(w, "2026-03-10", { status: "rejected" })).toBe("applied");
    expect(applyProblem(w, "2026-03-10", { status: "submitted", withdrawnAt: null })).toBe("applied");
  });
  it("lets a firm that withdrew apply again only while the scheme is open and not archived (decision 380)", () => {
    const withdrawn = { status: "submitted" as const, withdrawnAt: "2026-03-05T03:00:00.000Z" };
    expect(applyProblem(w, "2026-03-10", withdrawn)).toBeNull();
    expect(applyProblem(w, "2026-04-01", withdrawn)).toBe("notOpen");
    expect(applyProblem({ ...w, archivedAt: "2026-03-06T00:00:00Z" }, "2026-03-10", withdrawn)).toBe(
      "notOpen",
    );
    expect(applyProblem({ ...w, archivedAt: "2026-03-06T00:00:00Z" }, "2026-03-10", null)).toBe("notOpen");
  });
});

describe("scheme form", () => {
  const base = schemeFormInput;
  it("needs a standard for a management-system scheme and drops it for others", () => {
    const bad = schemeForm.safeParse({ ...base, kind: "management_system", standard: "" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toBe("standard");
    const ok = schemeForm.parse({ ...base, kind: "training", standard: "iso9001" });
    expect(ok.standard).toBeNull();
    expect(schemeForm.parse({ ...base, kind: "management_system", standard: "iatf16949" }).standard).toBe(
      "iatf16949",
    );
  });
  it("refuses a window that closes before it opens, and a negative budget", () => {
    expect(
      schemeForm.safeParse({ ...base, kind: "rnd", closesOn: "2026-02-01" }).error!.issues[0]!.message,
    ).toBe("window");
    expect(schemeForm.safeParse({ ...base, kind: "rnd", budget: "-5" }).success).toBe(false);
  });
});

describe("budget and decisions", () => {
  it("sums approved amounts", () => {
    expect(budgetUse(1000, [300, 200])).toEqual({
      budget: 1000,
      committed: 500,
      remaining: 500,
      usedPercent: 50,
    });
    expect(budgetUse(0, []).usedPercent).toBe(0);
  });
  it("refuses an approval beyond the remaining budget, and allows one that uses it exactly", () => {
    const b = budgetUse(1000, [600]);
    expect(decisionProblem("submitted", { action: "approve", amount: 401 }, b)).toBe("overBudget");
    expect(decisionProblem("submitted", { action: "approve", amount: 400 }, b)).toBeNull();
    expect(decisionProblem("submitted", { action: "approve", amount: 0 }, b)).toBe("amount");
    expect(decisionProblem("submitted", { action: "approve", amount: Number.NaN }, b)).toBe("amount");
  });
  it("needs a reason to reject and decides only once", () => {
    const b = budgetUse(1000, []);
    expect(decisionProblem("submitted", { action: "reject", reason: "  " }, b)).toBe("reason");
    expect(decisionProblem("submitted", { action: "reject", reason: "incomplete" }, b)).toBeNull();
    expect(decisionProblem("approved", { action: "reject", reason: "x" }, b)).toBe("decided");
    expect(decisionProblem("rejected", { action: "approve", amount: 1 }, b)).toBe("decided");
  });
});

describe("firms certified through a scheme (the one certificate rule)", () => {
  const certs = [
    { orgId: 1, conceptId: "iso9001", validUntil: "2027-12-31" },
    { orgId: 2, conceptId: "iso9001", validUntil: null }, // undated: not valid (decision 160)
    { orgId: 3, conceptId: "iso9001", validUntil: "2026-05-31" }, // expires before asOf
    { orgId: 4, conceptId: "iso14001", validUntil: "2030-01-01" }, // another standard
    { orgId: 5, conceptId: "iso9001", validUntil: "2030-01-01" },
  ];
  const approved = (
    orgId: number,
    decidedAt = "2026-02-01T03:00:00.000Z",
    standard: "iso9001" | "lean" = "iso9001",
  ) => ({
    orgId,
    standard,
    decidedAt,
  });
  it("counts only an approved support with a dated, unexpired certificate to its standard", () => {
    const got = certifiedThroughSchemes(
      [approved(1), approved(2), approved(3), approved(4)],
      certs,
      "2026-06-30",
      hanoiDate,
    );
    expect([...got]).toEqual([1]);
  });
  it("ignores lean, approvals after the date (Hanoi calendar) and inactive firms", () => {
    // 2026-06-30T18:00Z is 1 July in Hanoi: after asOf.
    const got = certifiedThroughSchemes(
      [approved(5, "2026-06-30T18:00:00.000Z"), approved(1, undefined, "lean"), approved(1)],
      certs,
      "2026-06-30",
      hanoiDate,
      new Set([5]),
    );
    expect(got.size).toBe(0);
  });
  it("moves the programme figure", () => {
    const data = {
      firms: [
        { orgId: 1, createdAt: "2025-01-01T00:00:00.000Z", status: "active" as const, sector: "mechanical" },
        { orgId: 2, createdAt: "2025-01-01T00:00:00.000Z", status: "active" as const, sector: "mechanical" },
      ],
      certificates: certs,
      meetings: [],
      outcomes: [],
    };
    expect(computeKpis(data, "2026-06-30").schemeCertified).toBe(0);
    expect(
      computeKpis({ ...data, supported: [approved(1), approved(2)] }, "2026-06-30").schemeCertified,
    ).toBe(1);
  });
});
