import { invalid } from "@/lib/server/http/errors";

/** Form actions can be called with anything in place of the form: refuse that with a message. */
export function requireForm(form: unknown): FormData {
  if (!(form instanceof FormData)) throw invalid("Send the form's fields (multipart/form-data).");
  return form;
}

/** Read a FormData into a plain object of strings; checkboxes become booleans when named. */
export function formObject(form: FormData, booleans: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of requireForm(form).entries()) if (typeof v === "string") out[k] = v;
  for (const b of booleans) out[b] = form.get(b) === "on" || form.get(b) === "true";
  return out;
}
