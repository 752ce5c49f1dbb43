import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * One column of a DataTable. Features add columns by appending to a column list (see
 * components/projects/article-columns.tsx), so the table itself never changes.
 */
export type Column<T> = {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Numbers align to the end side and use tabular digits. */
  numeric?: boolean;
  className?: string;
  headerClassName?: string;
};

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  empty,
  className,
  testId,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  caption?: string;
  empty?: ReactNode;
  className?: string;
  testId?: string;
}) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className={cn("overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-50">
          <tr className="border-b border-slate-200">
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={cn(
                  "whitespace-nowrap px-3 py-2 text-xs font-semibold text-slate-600",
                  column.numeric ? "text-end" : "text-start",
                  column.headerClassName,
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              data-row-key={rowKey(row)}
              className="border-b border-slate-100 last:border-b-0 hover:bg-slate-50/70"
            >
              {columns.map((column) => (
                <td
                  key={column.id}
                  className={cn(
                    "px-3 py-2 align-middle",
                    column.numeric ? "text-end tabular-nums" : "text-start",
                    column.className,
                  )}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
