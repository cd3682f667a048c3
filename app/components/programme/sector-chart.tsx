import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useT } from "~/components/i18n";
import { sectorLabel } from "~/modules/programme/metrics";

// Firms per sector, shared by the organisers' programme page and the public publication so
// both draw the same figure the same way.

/** The label of a sector id as the figures name it ("unknown" = firms without a sector). */
export function useSectorName() {
  const t = useT();
  const locale = useLocale();
  return (id: string) => (id === "unknown" ? t("programme.sector.unknown") : sectorLabel(id, locale));
}

export function sectorBars(firmsBySector: Record<string, number>, name: (id: string) => string) {
  return Object.entries(firmsBySector).map(([id, n]) => ({ label: name(id), n }));
}

export function SectorChart({
  data,
  className,
}: {
  data: { label: string; n: number }[];
  className: string;
}) {
  const t = useT();
  return (
    <div className={`${className} overflow-hidden`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="n" name={t("programme.m.firms")} fill="#1d4ed8" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
