import { useT } from "~/components/i18n";
import type { Met } from "~/modules/matching";

// How a match explains itself on every page: the reasons as ✓ / ✗ / ? chips and the score bar.

const CHIP: Record<string, string> = {
  true: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  false: "bg-red-50 text-red-800 ring-red-200",
  unknown: "bg-amber-50 text-amber-800 ring-amber-200",
};

export function ReasonChips({ reasons }: { reasons: { kind: string; met: Met; text: string }[] }) {
  const t = useT();
  return (
    <ul className="mt-2 flex flex-wrap gap-1.5">
      {reasons.map((r, i) => (
        <li
          key={i}
          title={t(`matching.met.${String(r.met)}`)}
          className={`rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${CHIP[String(r.met)]}`}
        >
          {r.text}
        </li>
      ))}
    </ul>
  );
}

export function ScoreBar({ score }: { score: number }) {
  const t = useT();
  const pct = Math.round(score * 100);
  return (
    <div
      className="flex items-center gap-2"
      role="meter"
      aria-valuenow={pct}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={t("matching.score", { score: pct })}
    >
      <div className="h-2 w-32 overflow-hidden rounded bg-slate-200">
        <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-sm tabular-nums text-slate-700">{pct}%</span>
    </div>
  );
}
