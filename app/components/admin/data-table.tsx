import type { HTMLAttributes, ReactNode } from "react";
import { Table, Td } from "~/components/ui/table";

/** One column of a console table: its heading and how a row fills its cell. */
export type Column<R> = {
  head: ReactNode;
  cell: (row: R) => ReactNode;
  className?: string;
};

/**
 * The console's lists (firms, users, tokens, audit, events, matching figures, …) are all the same
 * table: a heading per column and one cell per column in each row. Describing the columns once
 * keeps each heading next to the cell it names, so the two cannot drift apart when a column is
 * added or moved. `empty` is the one-cell row shown when there are no rows; without it the body
 * is simply empty.
 */
export type DataTableProps<R> = {
  caption: string;
  hideCaption?: boolean;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  empty?: ReactNode;
};

export function DataTable<R>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
}: DataTableProps<R>) {
  return (
    <Table caption={caption} hideCaption={hideCaption} head={columns.map((c) => c.head)}>
      {rows.length === 0 && empty !== undefined ? (
        <tr>
          <Td className="text-slate-500">{empty}</Td>
        </tr>
      ) : (
        rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c, i) => (
              <Td key={i} className={c.className}>
                {c.cell(row)}
              </Td>
            ))}
          </tr>
        ))
      )}
    </Table>
  );
}
