import type { ReactNode } from "react";
import { BarChart, CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * A chart as the programme pages and a fair's report draw it: filling its box (`className` gives
 * the height), a dashed grid, `xKey` along the bottom, whole numbers up the side and a tooltip;
 * the bars or lines (and a legend) are the children. The box is clipped: recharts keeps its
 * hidden tooltip beside the chart, which widened a 390 px page.
 */
export function Chart({
  kind,
  data,
  xKey,
  className,
  children,
}: {
  kind: "bar" | "line";
  data: object[];
  xKey: string;
  className: string;
  children: ReactNode;
}) {
  const Drawing = kind === "bar" ? BarChart : LineChart;
  return (
    <div className={`${className} overflow-hidden`}>
      <ResponsiveContainer width="100%" height="100%">
        <Drawing data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {children}
        </Drawing>
      </ResponsiveContainer>
    </div>
  );
}
