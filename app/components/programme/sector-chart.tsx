import { Bar } from "recharts";
import { Chart } from "~/components/chart";
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
    <Chart kind="bar" data={data} xKey="label" className={className}>
      <Bar dataKey="n" name={t("programme.m.firms")} fill="#1d4ed8" />
    </Chart>
  );
}
