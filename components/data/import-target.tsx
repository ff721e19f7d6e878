"use client";
import type { FormatId } from "@/lib/domain/formats/format-info";

export type TargetChoice = { kind: "authored" } | { kind: "gold" } | { kind: "annotator"; userId: string } | { kind: "mine" };

export const DEFAULT_TARGET: TargetChoice = { kind: "authored" };

/** The choice as import API parameters: target=…, and layer= for spans the file gives no layer. */
export function targetParams(t: TargetChoice): Record<string, string> {
  if (t.kind === "gold") return { target: "gold" };
  if (t.kind === "annotator") return { target: t.userId };
  if (t.kind === "mine") return { target: "authored", layer: "mine" };
  return { target: "authored", layer: "gold" };
}

/** Formats whose files say who made each span (so "as authored" keeps annotators' layers). */
const AUTHORED: readonly FormatId[] = ["jsonl", "label-studio", "brat"];

/**
 * Where the imported spans land, chosen explicitly, each choice saying what it means for
 * review. The default keeps the file's layers and puts spans without one in gold, where
 * reviewers see them (a manager's own layer is invisible to review).
 */
export function ImportTarget({
  format,
  annotators,
  value,
  onChange,
}: {
  format: FormatId;
  annotators: { id: string; name: string }[];
  value: TargetChoice;
  onChange: (t: TargetChoice) => void;
}) {
  const authored = AUTHORED.includes(format);
  const firstAnnotator = annotators[0]?.id;
  const option = (kind: TargetChoice["kind"], title: string, consequence: string, extra?: React.ReactNode) => (
    <label className="flex items-start gap-2 rounded-md border border-slate-200 p-2 has-[:checked]:border-indigo-400 has-[:checked]:bg-indigo-50/50">
      <input
        type="radio"
        name="import-target"
        className="mt-1"
        checked={value.kind === kind}
        disabled={kind === "annotator" && !firstAnnotator}
        onChange={() =>
          onChange(kind === "annotator" ? { kind, userId: value.kind === "annotator" ? value.userId : firstAnnotator } : { kind })
        }
      />
      <span className="min-w-0 text-sm">
        <span className="font-medium text-slate-800">{title}</span> {extra}
        <span className="block text-xs text-slate-600">{consequence}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="space-y-1.5" data-testid="import-target">
      <legend className="mb-1 text-sm font-medium text-slate-800">Put the imported spans in</legend>
      {option(
        "authored",
        "As authored in the file",
        authored
          ? "Each span keeps its annotator's layer (authors matched by email to members; others become yours). Spans the file gives no layer go to gold, where reviewers see them."
          : "This format does not say who made each span, so every span goes to gold: reviewers see them at once, and adjudication treats them as settled gold.",
      )}
      {option(
        "gold",
        "Gold (the adjudicated layer)",
        "Every span becomes gold, whoever made it. Reviewers see it at once; annotators see it once the document is adjudicated (blind mode).",
      )}
      {option(
        "annotator",
        "An annotator's layer:",
        annotators.length
          ? "Every span becomes that annotator's own work: the document appears in their queue as in progress, and it counts for adjudication when they mark it done."
          : "The project has no annotators yet; add one on the Members tab.",
        annotators.length > 0 && (
          <select
            aria-label="Annotator"
            value={value.kind === "annotator" ? value.userId : firstAnnotator}
            onChange={(e) => onChange({ kind: "annotator", userId: e.target.value })}
            className="ml-1 rounded border border-slate-300 px-1 py-0.5 text-sm"
          >
            {annotators.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        ),
      )}
      {option(
        "mine",
        "My own layer",
        "Spans the file gives no layer go to your personal layer. Only you see them there; review shows nothing of them unless you are an assigned annotator who marks the document done.",
      )}
    </fieldset>
  );
}
