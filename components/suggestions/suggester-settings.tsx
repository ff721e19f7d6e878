import type { SuggesterStats } from "@/lib/views/suggester-settings";
import { ActionForm } from "@/components/ui/action-form";

const DESCRIPTIONS: Record<string, string> = {
  date: "dates with ISO values anchored on the publication date",
  measure: "numbers with units and currencies",
  quote: "direct and reported speech with the speaker",
  claim: "assertions with holder, voice, hedge and stance",
  match: "text this project already annotated, wherever it occurs again",
};

function pct(x: number | null): string {
  return x === null ? "–" : `${Math.round(x * 100)}%`;
}

/** Managers: switch each suggester, see how often annotators accepted it, re-run on the project. */
export function SuggesterSettings({
  stats,
  labelNames,
  update,
  run,
}: {
  stats: SuggesterStats[];
  labelNames: Record<string, string>;
  update: (state: never, form: FormData) => Promise<{ ok: true; message?: string } | { ok: false; error: string } | null>;
  run: (state: never, form: FormData) => Promise<{ ok: true; message?: string } | { ok: false; error: string } | null>;
}) {
  return (
    <div className="space-y-4" data-testid="suggester-settings">
      <ActionForm action={update} submitLabel="Save suggesters">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
              <th className="py-1">On</th>
              <th>Suggester</th>
              <th className="text-right">Accepted</th>
              <th className="text-right">Rejected</th>
              <th className="w-32 text-right">Acceptance</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={s.key} className="border-t border-slate-100" data-testid={`suggester-${s.key}`}>
                <td className="py-1.5">
                  <input
                    type="checkbox"
                    name={`on:${s.key}`}
                    defaultChecked={s.enabled}
                    aria-label={`Suggest ${labelNames[s.key] ?? s.key}`}
                  />
                </td>
                <td>
                  <span className="font-medium">{s.key === "match" ? "From the project's spans" : (labelNames[s.key] ?? s.key)}</span>
                  <span className="block text-xs text-slate-500">
                    {DESCRIPTIONS[s.key] ?? "string matching only (no rule suggester for custom labels)"}
                  </span>
                </td>
                <td className="text-right tabular-nums">{s.accepted}</td>
                <td className="text-right tabular-nums">{s.rejected}</td>
                <td className="text-right tabular-nums">
                  <span className="mr-2 inline-block h-1.5 w-16 overflow-hidden rounded bg-slate-100 align-middle" aria-hidden>
                    <span className="block h-full bg-emerald-500" style={{ width: `${Math.round((s.acceptance ?? 0) * 100)}%` }} />
                  </span>
                  {pct(s.acceptance)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ActionForm>
      <ActionForm action={run} submitLabel="Suggest again for every document" variant="secondary" pendingLabel="Starting…" />
    </div>
  );
}
