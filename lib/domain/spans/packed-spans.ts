// Spans as the workspace page sends them to the browser: one array per span, its defaults left
// out. The page's props travel inside the HTML as an escaped string (React's flight data), where
// 2,000 spans as objects ({"id":…,"label":…,"start":…,"end":…,"attributes":{},"note":"","version":1})
// were 300 KB of a 633 KB page; packed they are about a third of that. The text is not sent: a
// span's text is the document's, by its offsets. Pure.

export interface UnpackedSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  attributes: Record<string, unknown>;
  note: string;
  version: number;
}

/** [id, label, start, end] then, only when not the default: version (1), attributes ({}), note (""). */
export type PackedSpan =
  | [string, string, number, number]
  | [string, string, number, number, number]
  | [string, string, number, number, number, Record<string, unknown>]
  | [string, string, number, number, number, Record<string, unknown>, string];

export function packSpan(s: UnpackedSpan): PackedSpan {
  const hasNote = s.note !== "";
  const hasAttributes = hasNote || Object.keys(s.attributes).length > 0;
  if (hasNote) return [s.id, s.label, s.start, s.end, s.version, s.attributes, s.note];
  if (hasAttributes) return [s.id, s.label, s.start, s.end, s.version, s.attributes];
  if (s.version !== 1) return [s.id, s.label, s.start, s.end, s.version];
  return [s.id, s.label, s.start, s.end];
}

export function unpackSpan(p: PackedSpan): UnpackedSpan {
  const [id, label, start, end, version = 1, attributes = {}, note = ""] = p;
  return { id, label, start, end, attributes, note, version };
}
