import { z } from "zod";
import { isCertificateValid } from "../certificates/validity";

// Support schemes (docs/decisions/190-support-schemes.md): what a scheme is, when a firm may
// apply, what an organiser's decision may be, and which supported firms count toward the
// programme's "certified through a scheme" figure. Pure: dates and sums come in as arguments.

export const SCHEME_KINDS = ["management_system", "rnd", "trade_promotion", "training"] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

/** The standards a management-system scheme leads to. Lean has no certificate to count. */
export const SCHEME_STANDARDS = ["iso9001", "iatf16949", "iso14001", "lean"] as const;
export type SchemeStandard = (typeof SCHEME_STANDARDS)[number];

export type ApplicationStatus = "submitted" | "approved" | "rejected";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
const text = (max: number) => z.string().trim().max(max, "tooLong");

/** The organiser's scheme form; messages are i18n keys under "schemes.err.". */
export const schemeForm = z
  .object({
    nameVi: text(200).min(1, "required"),
    nameEn: text(200).min(1, "required"),
    kind: z.enum(SCHEME_KINDS, { errorMap: () => ({ message: "kind" }) }),
    standard: z
      .enum(SCHEME_STANDARDS)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    budget: z.coerce
      .number({ invalid_type_error: "amount" })
      .int("amount")
      .min(0, "amount")
      .max(1e13, "amount"),
    opensOn: date,
    closesOn: date,
    eligibilityVi: text(4000).default(""),
    eligibilityEn: text(4000).default(""),
    // A checkbox: present ("on") when ticked.
    recognition: z
      .union([z.literal("on"), z.literal("true"), z.boolean()])
      .optional()
      .transform((v) => v === "on" || v === "true" || v === true),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "window" });
    if (v.kind === "management_system" && !v.standard)
      ctx.addIssue({ code: "custom", path: ["standard"], message: "standard" });
  })
  .transform((v) => ({ ...v, standard: v.kind === "management_system" ? (v.standard ?? null) : null }));
export type SchemeForm = z.output<typeof schemeForm>;

/** The scheme's fields an edit may change, in the order the audit row lists them. */
export const SCHEME_FIELDS = [
  "nameVi",
  "nameEn",
  "kind",
  "standard",
  "budget",
  "opensOn",
  "closesOn",
  "eligibilityVi",
  "eligibilityEn",
  "recognition",
] as const;

/**
 * Each field whose value differs, with its value before and after: what the audit row keeps for
 * an edit, so "who changed the budget from what to what" is answered without a history table.
 */
export function fieldChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const f of fields) {
    if (!(f in after)) continue;
    const [a, b] = [before[f] ?? null, after[f] ?? null];
    if (a !== b) out[f] = { before: a, after: b };
  }
  return out;
}

/**
 * What a firm and an organiser see: the stored status, unless the firm withdrew (withdrawn) or an
 * organiser's question is waiting for the firm's answer (info_requested).
 */
export type ApplicationState = ApplicationStatus | "withdrawn" | "info_requested";

export function applicationState(
  a: { status: ApplicationStatus; withdrawnAt: string | null },
  openRequest: boolean,
): ApplicationState {
  if (a.withdrawnAt) return "withdrawn";
  if (a.status === "submitted" && openRequest) return "info_requested";
  return a.status;
}

/** Why a firm may not withdraw (a key under "schemes.err."), or null: only an undecided one. */
export function withdrawProblem(a: {
  status: ApplicationStatus;
  withdrawnAt: string | null;
}): "decided" | "withdrawn" | null {
  if (a.withdrawnAt) return "withdrawn";
  return a.status === "submitted" ? null : "decided";
}

/** Why an organiser may not ask for more information now, or null: one open question at a time. */
export function infoRequestProblem(
  a: { status: ApplicationStatus; withdrawnAt: string | null },
  openRequest: boolean,
): "decided" | "withdrawn" | "infoOpen" | null {
  if (a.withdrawnAt) return "withdrawn";
  if (a.status !== "submitted") return "decided";
  return openRequest ? "infoOpen" : null;
}

export type SchemeWindow = "upcoming" | "open" | "closed";

/** Open from opensOn through closesOn inclusive, in Hanoi's calendar. */
export function schemeWindow(s: { opensOn: string; closesOn: string }, today: string): SchemeWindow {
  if (today < s.opensOn) return "upcoming";
  return today > s.closesOn ? "closed" : "open";
}

/**
 * Why a firm may not apply now (an i18n key under "schemes.err."), or null. A firm has one
 * application per scheme; one it withdrew (never decided) may be submitted again while the
 * window is open — the next round of the same application (decision 380, amending 330).
 */
export function applyProblem(
  s: { opensOn: string; closesOn: string; archivedAt?: string | null },
  today: string,
  existing: { status: ApplicationStatus; withdrawnAt?: string | null } | null,
): "notOpen" | "applied" | null {
  if (existing && !(existing.withdrawnAt && existing.status === "submitted")) return "applied";
  // An archived scheme takes no applications even inside its window (the form is not shown).
  return schemeWindow(s, today) === "open" && !s.archivedAt ? null : "notOpen";
}

export interface Budget {
  budget: number;
  /** Sum of approved amounts. */
  committed: number;
  remaining: number;
  /** Percent of the budget committed, one decimal (0 when the budget is 0). */
  usedPercent: number;
}

export function budgetUse(budget: number, approvedAmounts: number[]): Budget {
  const committed = approvedAmounts.reduce((a, b) => a + b, 0);
  return {
    budget,
    committed,
    remaining: budget - committed,
    usedPercent: budget > 0 ? Math.round((1000 * committed) / budget) / 10 : 0,
  };
}

export type Decision = { action: "approve"; amount: number } | { action: "reject"; reason: string };

/**
 * Why a decision is refused (an i18n key under "schemes.err."), or null. Only a submitted
 * application is decided, once; an approval must fit what is left of the budget (approved
 * amounts of the other applications), so the scheme is never committed beyond it.
 */
export function decisionProblem(
  status: ApplicationStatus,
  d: Decision,
  budget: Budget,
  withdrawn = false,
): "decided" | "withdrawn" | "amount" | "overBudget" | "reason" | null {
  if (withdrawn) return "withdrawn";
  if (status !== "submitted") return "decided";
  if (d.action === "reject") return d.reason.trim() ? null : "reason";
  if (!Number.isSafeInteger(d.amount) || d.amount <= 0) return "amount";
  return d.amount > budget.remaining ? "overBudget" : null;
}

export interface SupportedFirm {
  orgId: number;
  standard: SchemeStandard | null;
  /** UTC ISO instant of the approval. */
  decidedAt: string;
}

/**
 * The firms that an approved management-system scheme led to a certificate: approved on or
 * before asOf (Hanoi calendar, `dateOf`), and holding on asOf a certificate to the scheme's
 * standard that is valid by the one certificate rule (decision 160: undated is not valid).
 * Lean support leads to no certificate and never counts. A firm counts once.
 */
export function certifiedThroughSchemes(
  supported: SupportedFirm[],
  certificates: { orgId: number; conceptId: string | null; validUntil: string | null }[],
  asOf: string,
  dateOf: (iso: string) => string,
  activeIds?: Set<number>,
): Set<number> {
  const out = new Set<number>();
  for (const s of supported) {
    if (!s.standard || s.standard === "lean" || dateOf(s.decidedAt) > asOf) continue;
    if (activeIds && !activeIds.has(s.orgId)) continue;
    const holds = certificates.some(
      (c) => c.orgId === s.orgId && c.conceptId === s.standard && isCertificateValid(c.validUntil, asOf),
    );
    if (holds) out.add(s.orgId);
  }
  return out;
}
