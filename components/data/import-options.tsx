"use client";
import type { FormatId } from "@/lib/domain/formats/format-info";

export interface ImportChoices {
  createLabels: boolean;
  textField: string;
  predictions: boolean;
}

export const NO_CHOICES: ImportChoices = { createLabels: false, textField: "", predictions: false };

/** The choices as API query parameters (only those that apply to the format). */
export function choiceParams(format: FormatId, c: ImportChoices): Record<string, string> {
  return {
    ...(c.createLabels ? { createLabels: "1" } : {}),
    ...((format === "doccano" || format === "label-studio") && c.textField.trim() ? { textField: c.textField.trim() } : {}),
    ...(format === "label-studio" && c.predictions ? { predictions: "1" } : {}),
  };
}

/** Format-specific import options: create missing labels, the text field, Label Studio predictions. */
export function ImportOptions({
  format,
  value,
  onChange,
}: {
  format: FormatId;
  value: ImportChoices;
  onChange: (c: ImportChoices) => void;
}) {
  const textField = format === "doccano" || format === "label-studio";
  return (
    <div className="space-y-2" data-testid="import-options">
      {format !== "text" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.createLabels} onChange={(e) => onChange({ ...value, createLabels: e.target.checked })} />
          Create the labels the file uses that this project does not have (otherwise each such span is a problem)
        </label>
      )}
      {textField && (
        <label className="block text-sm">
          Text field{" "}
          <span className="text-slate-500">
            (optional:{" "}
            {format === "doccano"
              ? "doccano's column_data name; default text, else data"
              : "the $name your labeling config's <Text> reads, e.g. ner; default text"}
            )
          </span>
          <input
            type="text"
            name="textField"
            value={value.textField}
            onChange={(e) => onChange({ ...value, textField: e.target.value })}
            placeholder="text"
            className="mt-1 block w-48 rounded border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
      )}
      {format === "label-studio" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.predictions} onChange={(e) => onChange({ ...value, predictions: e.target.checked })} />
          Also import predictions (model pre-annotations), into the layer chosen below
        </label>
      )}
    </div>
  );
}
