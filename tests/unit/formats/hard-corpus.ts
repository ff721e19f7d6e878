// A corpus of the characters that break exporters and their consumers: astral emoji with a
// modifier and a ZWJ sequence, flags, combining marks with no precomposed form, CJK,
// Hangul that arrives decomposed (NFD), CRLF line endings, U+2028 LINE SEPARATOR, U+0085
// NEXT LINE, VT and FF, tabs, NBSP, zero-width characters and right-to-left text. Spans sit
// on each of them, start and end at line breaks, and carry notes and attribute values full
// of them. TEXT is the stored form (NFC, "\n"); RAW the source as received.
import type { CorpusDocument, CorpusProject, CorpusProposition } from "@/lib/domain/formats/corpus";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import type { Span } from "@/lib/domain/spans/spans";
import { project } from "./sample-corpus";
import { hashText } from "@/lib/server/documents/text-hash";

export const hardProject: CorpusProject = {
  id: "hard",
  name: "Hard characters",
  labels: project.labels,
  users: [
    { id: "u1", email: "ana@example.org", name: "Ana" },
    { id: "u2", email: "bo@example.org", name: "Bo" },
    { id: "r1", email: "rei@example.org", name: "Rei" },
  ],
};

const HANGUL_NFD = "서울".normalize("NFD");

export const HARD_RAW = [
  "Seoul\u00a0said 👍🏽 and 👩‍👩‍👧 at\tnoon 🇰🇷🇯🇵.",
  `${HANGUL_NFD} 정부는 "보복" 조치라고 했다.`,
  "日本の輸出規制は2019年7月1日に発表された。",
  "q\u0307 and e\u0301 and zero\u200bwidth and a\u200dzwj.",
  "Line\u2028separated and next\u0085line and vt\u000bff\u000cend.",
  "עברית \u200fמימין and العربية 3.5 طن.",
  "Trailing spaces   ",
  "",
  "Last line after a blank one.",
].join("\r\n");

export const HARD_TEXT = HARD_RAW.replace(/\r\n/g, "\n").normalize("NFC");

const index = new OffsetIndex(HARD_TEXT);

function at(needle: string, from = 0): { start: number; end: number } {
  const u = HARD_TEXT.indexOf(needle, from);
  if (u < 0) throw new Error(`${JSON.stringify(needle)} not in the hard corpus`);
  return { start: index.toCodePoint(u)!, end: index.toCodePoint(u + needle.length)! };
}

let n = 0;
function span(
  label: string,
  range: { start: number; end: number },
  layer: string,
  attributes: Record<string, unknown> = {},
  note = "",
): Span {
  const authorId = layer === "gold" ? "r1" : layer.slice(5);
  return {
    id: `h${++n}`,
    label,
    start: range.start,
    end: range.end,
    text: index.slice(range.start, range.end),
    attributes,
    note,
    authorId,
    layer,
    createdAt: "2024-06-01T08:00:00.000Z",
    updatedAt: "2024-06-01T09:00:00.000Z",
  };
}

/** From the start of `a` to the end of `b`. */
function between(a: string, b: string) {
  return { start: at(a).start, end: at(b).end };
}

const HARD_VALUE = "METI_official | 50%, Seoul\u2028desk\tnight";

export const hardSpans: Span[] = [
  span(
    "claim",
    at("Seoul\u00a0said 👍🏽"),
    "user:u1",
    { holder: "Seoul\u00a0city", stance: "asserts" },
    "note with\u2028line separator,\u0085next line,\u000bVT and\u000cFF",
  ),
  span("quote", at("👩‍👩‍👧"), "user:u1", { speaker: HARD_VALUE }),
  span("measure", at("🇰🇷🇯🇵"), "user:u1", { value: 2, unit: "flags" }),
  span("quote", at("서울 정부는"), "user:u1", { speaker: "서울 정부" }),
  span("date", at("2019年7月1日"), "user:u1", { value: "2019-07-01" }),
  span("claim", at("q\u0307 and é"), "user:u1"),
  span("claim", at("zero\u200bwidth"), "user:u1"),
  span("quote", at("Line\u2028separated"), "user:u1", {}, "multi\nline\nnote"),
  span("quote", at("next\u0085line"), "user:u1"),
  span("claim", at("vt\u000bff\u000cend"), "user:u1"),
  span("claim", at("עברית \u200fמימין"), "user:u1"),
  span("measure", at("3.5 طن"), "user:u1", { value: 3.5, unit: "t" }),
  span("claim", at("at\tnoon"), "user:u1"),
  // Across line breaks, and starting and ending on one.
  span("claim", between("Trailing", "Last line"), "user:u2"),
  span("quote", between("했다.", "日本"), "user:u2"),
  span("claim", at("\n日本"), "user:u2"),
  span("claim", at("された。\n"), "user:u2"),
  span("quote", at("spaces   "), "user:u2"),
  // Gold: the same spans as u1 in part, nested and crossing.
  span("claim", at("Seoul\u00a0said 👍🏽"), "gold", { holder: "Seoul", stance: "asserts", hedged: true }),
  span("quote", at("👍🏽"), "gold"),
  span("claim", at("日本の輸出規制"), "gold"),
  span("quote", at("輸出規制は2019年"), "gold"),
  span("date", at("2019年"), "gold", { value: "2019" }),
];

export const hardDocuments: CorpusDocument[] = [
  {
    id: "hd1",
    title: "Hard: 서울 👍🏽 \u2028 tabs\tand עברית",
    text: HARD_TEXT,
    sha256: hashText(HARD_TEXT),
    outlet: "Outlet\u00a0with NBSP",
    perspective: "KR",
    language: "ko",
    publishedAt: "2019-07-14",
    url: "https://example.org/hard",
    status: "open",
    spans: hardSpans,
  },
  {
    id: "hd2",
    title: "Hard: 서울 👍🏽 \u2028 tabs\tand עברית",
    text: "Same title, another text: 🇰🇷.",
    sha256: hashText("Same title, another text: 🇰🇷."),
    outlet: "",
    perspective: "other",
    language: "und",
    publishedAt: null,
    url: "",
    status: "open",
    spans: [],
  },
];

export const hardPropositions: CorpusProposition[] = [
  {
    id: "hp1",
    statement: "Seoul\u2028said so 👍🏽",
    status: "open",
    mergedIntoId: null,
    createdAt: "2024-06-02T00:00:00.000Z",
    links: [{ annotationId: "h1", documentId: "hd1", stance: "supports" }],
    reconciliation: {
      status: "final",
      verdict: "supported",
      summary: "One source\u0085only.",
      rationale: "",
      evidence: ["h1"],
      version: 1,
      updatedAt: "2024-06-03T00:00:00.000Z",
    },
  },
];
