// What Label Studio and its converter (label-studio-converter, used by "Export" and by
// scripts) read from a JSON export, written from its documentation and the converter's
// task reader: a list of tasks, each with an integer "id" and a "data" object holding the
// field the labeling config's <Text value="$name"> names; "annotations" (each with an
// integer "id", "completed_by" (a user id or a user object with an email), "result", and
// optional was_cancelled / ground_truth booleans); each result region with an "id",
// "from_name" and "to_name" naming the config's <Labels name> and <Text name>, type
// "labels", and value {start, end, text, labels} where start/end are JavaScript string
// indices (UTF-16 code units) into the text, text is that slice, and every label is one
// the config declares.
type Json = Record<string, unknown>;

export interface LabelingConfig {
  labelsName: string;
  textName: string;
  textField: string;
  labels: Set<string>;
}

export function readLabelingConfig(xml: string): LabelingConfig {
  const labels = /<Labels\s+name="([^"]+)"\s+toName="([^"]+)"/.exec(xml);
  const text = /<Text\s+name="([^"]+)"\s+value="\$([^"]+)"/.exec(xml);
  if (!labels || !text) throw new Error("the labeling config has no <Labels> over a <Text>");
  const values = [...xml.matchAll(/<Label\s+value="([^"]*)"/g)].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
  return { labelsName: labels[1], textName: text[1], textField: text[2], labels: new Set(values) };
}

export function validateLabelStudioTasks(tasks: unknown, config: LabelingConfig): string[] {
  if (!Array.isArray(tasks)) return ["an export is a JSON array of tasks"];
  const out: string[] = [];
  const taskIds = new Set<unknown>();
  tasks.forEach((t, i) => {
    const task = t as Json;
    const where = `task ${i + 1}`;
    if (!Number.isInteger(task.id)) out.push(`${where}: "id" must be an integer (the converter reads task["id"])`);
    if (taskIds.has(task.id)) out.push(`${where}: duplicate task id ${task.id}`);
    taskIds.add(task.id);
    const data = task.data as Json | undefined;
    const text = data?.[config.textField];
    if (typeof text !== "string") return out.push(`${where}: data.${config.textField} must be the text`);
    if (!Array.isArray(task.annotations)) return out.push(`${where}: "annotations" must be a list`);
    (task.annotations as Json[]).forEach((a, k) => {
      const aw = `${where} annotation ${k + 1}`;
      if (!Number.isInteger(a.id)) out.push(`${aw}: "id" must be an integer`);
      const by = a.completed_by as Json | number | undefined;
      if (!(Number.isInteger(by) || (by && typeof by === "object" && typeof by.email === "string")))
        out.push(`${aw}: "completed_by" must be a user id or {id, email}`);
      for (const flag of ["was_cancelled", "ground_truth"])
        if (a[flag] !== undefined && typeof a[flag] !== "boolean") out.push(`${aw}: ${flag} must be a boolean`);
      if (!Array.isArray(a.result)) return out.push(`${aw}: "result" must be a list`);
      (a.result as Json[]).forEach((r, j) => out.push(...validateRegion(r, text, config).map((m) => `${aw} result ${j + 1}: ${m}`)));
    });
  });
  return out;
}

function validateRegion(r: Json, text: string, config: LabelingConfig): string[] {
  const out: string[] = [];
  if (typeof r.id !== "string" || !r.id) out.push('"id" must be a non-empty string');
  if (r.from_name !== config.labelsName) out.push(`from_name ${JSON.stringify(r.from_name)} is not the config's <Labels name>`);
  if (r.to_name !== config.textName) out.push(`to_name ${JSON.stringify(r.to_name)} is not the config's <Text name>`);
  if (r.type !== "labels") out.push(`type ${JSON.stringify(r.type)} is not "labels"`);
  const v = r.value as Json;
  if (
    !v ||
    !Number.isInteger(v.start) ||
    !Number.isInteger(v.end) ||
    (v.start as number) > (v.end as number) ||
    (v.end as number) > text.length
  ) {
    return [...out, "value.start/end must be integer UTF-16 offsets within the text"];
  }
  if (text.slice(v.start as number, v.end as number) !== v.text)
    out.push(`value.text ${JSON.stringify(v.text)} is not text.slice(start, end)`);
  const labels = v.labels;
  if (!Array.isArray(labels) || labels.length === 0) out.push("value.labels must be a non-empty list");
  else for (const l of labels) if (!config.labels.has(l)) out.push(`label ${JSON.stringify(l)} is not in the labeling config`);
  return out;
}
