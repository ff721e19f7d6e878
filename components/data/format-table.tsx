import { FORMAT_INFO } from "@/lib/domain/formats/format-info";

/** Every format, its offset unit, direction and what it cannot carry. */
export function FormatTable() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 pr-3">Format</th>
            <th className="py-1 pr-3">Offsets</th>
            <th className="py-1 pr-3">Import</th>
            <th className="py-1 pr-3">Export</th>
            <th className="py-1">Notes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {Object.values(FORMAT_INFO).map((f) => (
            <tr key={f.id}>
              <td className="py-1.5 pr-3 font-medium">{f.name}</td>
              <td className="py-1.5 pr-3">{f.offsetUnit}</td>
              <td className="py-1.5 pr-3">{f.canImport ? "yes" : "—"}</td>
              <td className="py-1.5 pr-3">{f.canExport ? "yes" : "—"}</td>
              <td className="py-1.5 text-slate-600">{f.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
