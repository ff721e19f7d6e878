"use client";

/** The project's guidelines (rendered on the server) in a drawer over the right panel. */
export function GuidelinesDrawer({ projectId, children, onClose }: { projectId: string; children: React.ReactNode; onClose: () => void }) {
  return (
    <div
      role="dialog"
      aria-label="Guidelines"
      data-testid="guidelines"
      className="fixed inset-y-0 right-0 z-40 flex w-[30rem] max-w-full flex-col border-l border-slate-200 bg-white shadow-2xl"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3">
        <h2 className="text-sm font-semibold text-slate-900">Annotation guidelines</h2>
        <div className="flex items-center gap-3 text-sm">
          <a href={`/projects/${projectId}/guidelines`} target="_blank" rel="noreferrer" className="text-indigo-700 hover:underline">
            open in a tab ↗
          </a>
          <button
            type="button"
            onClick={onClose}
            className="rounded px-1.5 text-slate-500 hover:bg-slate-100"
            aria-label="Close guidelines"
          >
            ✕
          </button>
        </div>
      </div>
      <div className="flex-1 overflow-y-auto px-5 py-4 text-sm text-slate-800">{children}</div>
    </div>
  );
}
