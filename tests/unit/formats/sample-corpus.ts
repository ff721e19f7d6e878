// A small corpus with the characters that break offsets: astral emoji with a skin-tone
// modifier (👍🏽) and a flag (🇯🇵), a combining mark with no precomposed form (q̇), a
// precomposed é, CJK, line breaks that were CRLF at the source, a quote running across a
// line break, and nested and crossing spans in two layers.
import type { CorpusDocument, CorpusProject, CorpusProposition } from "@/lib/domain/formats/corpus";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import type { Span } from "@/lib/domain/spans/spans";
import { hashText } from "@/lib/server/documents/text-hash";

export const project: CorpusProject = {
  id: "p1",
  name: "Export controls, 2019",
  labels: [
    { key: "claim", name: "Claim", color: "#e11d48", hotkey: "1" },
    { key: "quote", name: "Quote", color: "#2563eb", hotkey: "2" },
    { key: "measure", name: "Measure", color: "#16a34a", hotkey: "3" },
    { key: "date", name: "Date", color: "#d97706", hotkey: "4" },
  ],
  users: [
    { id: "u1", email: "ana@example.org", name: "Ana" },
    { id: "r1", email: "rei@example.org", name: "Rei" },
  ],
};

/** The source as received, with CRLF line endings; TEXT is its stored (normalized) form. */
export const RAW_TEXT = [
  'Tokyo said the curbs were "not a retaliatory measure" 👍🏽.',
  'Seoul called them "an apparent',
  'retaliatory step" against 🇯🇵 exports of 3.5 tons.',
  "日本の輸出規制は2019年7月1日に発表された。",
  "Cafe\u0301 owners in q\u0307 town wrote =SUM(A1) on a sign.",
].join("\r\n");
export const TEXT = RAW_TEXT.replace(/\r\n/g, "\n").normalize("NFC");

const index = new OffsetIndex(TEXT);

/** Code-point range of the n-th occurrence of `needle` in TEXT. */
export function find(needle: string, occurrence = 0, text = TEXT): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const idx = text === TEXT ? index : new OffsetIndex(text);
  const start = idx.toCodePoint(at)!;
  return { start, end: idx.toCodePoint(at + needle.length)! };
}

function span(
  id: string,
  label: string,
  needle: string,
  layer: "user:u1" | "gold",
  attributes: Record<string, unknown> = {},
  note = "",
): Span {
  const { start, end } = find(needle);
  return {
    id,
    label,
    start,
    end,
    text: needle,
    attributes,
    note,
    authorId: layer === "gold" ? "r1" : "u1",
    layer,
    createdAt: "2024-05-01T10:00:00.000Z",
    updatedAt: "2024-05-02T11:30:00.000Z",
  };
}

const CLAIM_DENIAL = 'Tokyo said the curbs were "not a retaliatory measure"';

export const spans: Span[] = [
  span(
    "s1",
    "claim",
    CLAIM_DENIAL,
    "user:u1",
    { holder: "Japanese government", stance: "denies", voice: "attributed", hedged: false },
    "Japan's denial,\nas reported",
  ),
  span("s2", "quote", '"not a retaliatory measure"', "user:u1", { speaker: "Japan's trade ministry", kind: "direct" }),
  span("s3", "quote", '"an apparent\nretaliatory step"', "user:u1", { speaker: "Seoul" }),
  span("s4", "claim", 'apparent\nretaliatory step" against 🇯🇵 exports', "user:u1", {
    holder: "Yonhap",
    stance: "asserts",
    voice: "outlet",
    hedged: true,
  }),
  span("s5", "measure", "3.5 tons", "user:u1", { value: 3.5, unit: "tons" }),
  span("s6", "date", "2019年7月1日", "user:u1", { value: "2019-07-01" }),
  span("s7", "claim", "=SUM(A1)", "user:u1", {}, "+formula in a note"),
  span("g1", "claim", CLAIM_DENIAL, "gold", { holder: "Japanese government", stance: "denies" }),
  span("g2", "claim", "日本の輸出規制", "gold"),
  span("g3", "quote", "🇯🇵", "gold"),
  span("g4", "quote", "Café owners in q\u0307 town", "gold", {}, "=cmd|' /C calc'!A0"),
  span("g5", "measure", "👍🏽", "gold"),
];

export const documents: CorpusDocument[] = [
  {
    id: "d1",
    title: 'Seoul, Tokyo and the "retaliation" question',
    text: TEXT,
    sha256: hashText(TEXT),
    outlet: "Yonhap",
    perspective: "KR",
    language: "en",
    publishedAt: "2019-07-14T17:10:00+09:00",
    url: "https://example.org/news/1",
    status: "reviewed",
    spans,
  },
  {
    id: "d2",
    title: "A short note",
    text: "No annotations here.\nJust two lines.",
    sha256: hashText("No annotations here.\nJust two lines."),
    outlet: "-Wire",
    perspective: "third-party",
    language: "en",
    publishedAt: null,
    url: "",
    status: "new",
    spans: [],
  },
];

export const propositions: CorpusProposition[] = [
  {
    id: "prop1",
    statement: "Japan's export controls were retaliation for the forced-labour rulings",
    status: "open",
    mergedIntoId: null,
    createdAt: "2024-05-03T09:00:00.000Z",
    links: [
      { annotationId: "s4", documentId: "d1", stance: "supports" },
      { annotationId: "s1", documentId: "d1", stance: "refutes" },
      { annotationId: "g1", documentId: "d1", stance: "refutes" },
    ],
    reconciliation: {
      status: "final",
      verdict: "contested",
      summary: "Seoul reads retaliation; Tokyo denies it.",
      rationale: "Both sides are attributed; no outlet states it as fact.",
      evidence: ["s1", "s4"],
      version: 2,
      updatedAt: "2024-05-04T12:00:00.000Z",
    },
  },
  {
    id: "prop2",
    statement: "The curbs were retaliatory",
    status: "merged",
    mergedIntoId: "prop1",
    links: [],
    reconciliation: null,
  },
];

/** Async source, the way the server streams rows from a cursor. */
export async function* streamDocuments(docs: CorpusDocument[] = documents): AsyncGenerator<CorpusDocument> {
  for (const d of docs) yield d;
}

export async function collectText(gen: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of gen) out += chunk;
  return out;
}

export async function collectBytes(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of gen) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
