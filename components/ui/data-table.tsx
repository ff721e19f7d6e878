import type { ReactNode } from "react";

/** The app's list table: a bordered, scrollable card with a quiet uppercase header row. */
export function DataTable({ testId, head, children }: { testId: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>{head}</tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
