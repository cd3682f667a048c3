import { useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";

export interface HintView {
  key: string;
  vars?: Record<string, string | number>;
  level: "important" | "suggested";
  field: string;
}

/** The supplier's to-do list above the profile form: a bar and what is missing, with why. */
export function CompletenessPanel({ score, hints }: { score: number; hints: HintView[] }) {
  const t = useT();
  return (
    <section
      aria-labelledby="completeness-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="completeness-heading" className="text-lg font-semibold">
          {t("profile.completeness")}
        </h2>
        <span className="text-sm font-medium text-slate-700">
          {t("profile.completeness.score", { score })}
        </span>
      </div>
      {/* The bar only draws the score written above it, so it is hidden from assistive tech
          (a role="progressbar" would say it twice; html-validate prefers no ARIA widget here). */}
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div
          className={`h-full ${score >= 80 ? "bg-emerald-500" : score >= 50 ? "bg-amber-400" : "bg-red-400"}`}
          style={{ width: `${score}%` }}
        />
      </div>
      {hints.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("profile.completeness.done")}</p>
      ) : (
        <ul className="mt-3 space-y-1.5 text-sm">
          {hints.map((h, i) => (
            <li key={i} className="flex items-start gap-2">
              {h.level === "important" ? (
                <Badge tone="amber">{t("profile.hint.important")}</Badge>
              ) : (
                <span
                  aria-hidden="true"
                  className="mt-1.5 inline-block h-1.5 w-1.5 shrink-0 rounded-full bg-slate-400"
                />
              )}
              <a href={`#${h.field}`} className="text-slate-800">
                {t(h.key, h.vars)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
