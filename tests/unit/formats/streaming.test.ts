// Encoders must pull documents one at a time, so an HTTP response can stream a corpus of
// any size with flat memory: after a few chunks, only a few documents have been read.
import { describe, expect, it } from "vitest";
import { encodeBrat } from "@/lib/domain/formats/brat-encode";
import { encodeConll } from "@/lib/domain/formats/conll-encode";
import type { CorpusDocument, CorpusProject, DocumentSource } from "@/lib/domain/formats/corpus";
import { encodeCsv } from "@/lib/domain/formats/csv-encode";
import { encodeDoccano } from "@/lib/domain/formats/doccano-encode";
import { FORMAT_INFO } from "@/lib/domain/formats/format-info";
import { encodeJsonl } from "@/lib/domain/formats/jsonl-encode";
import { encodeLabelStudio } from "@/lib/domain/formats/label-studio-encode";
import { encodeW3c } from "@/lib/domain/formats/w3c-encode";
import { documents, project } from "./sample-corpus";

type Encoder = (p: CorpusProject, docs: DocumentSource) => AsyncGenerator<string | Uint8Array, unknown>;

const encoders: [string, Encoder][] = [
  ["jsonl", (p, d) => encodeJsonl(p, d)],
  ["w3c", (p, d) => encodeW3c(p, d)],
  ["brat", (p, d) => encodeBrat(p, d)],
  ["conll", (p, d) => encodeConll(p, d)],
  ["doccano", (p, d) => encodeDoccano(p, d)],
  ["label-studio", (p, d) => encodeLabelStudio(p, d)],
  ["csv", (p, d) => encodeCsv(p, d)],
];

describe("streaming encoders", () => {
  it.each(encoders)("%s reads documents lazily", async (_name, encode) => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<CorpusDocument> {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield { ...documents[0], id: `d${i}` };
      }
    }
    const gen = encode(project, endless());
    let chunks = 0;
    for await (const _chunk of gen) if (++chunks === 5) break;
    expect(pulled).toBeLessThanOrEqual(5);
  });
});

describe("FORMAT_INFO", () => {
  it("describes every format with its offset unit", () => {
    for (const [id, info] of Object.entries(FORMAT_INFO)) {
      expect(info.id).toBe(id);
      expect(info.extension.startsWith(".")).toBe(true);
      expect(info.canImport || info.canExport).toBe(true);
    }
    expect(FORMAT_INFO["label-studio"].offsetUnit).toBe("UTF-16 code unit");
    expect(FORMAT_INFO.jsonl.offsetUnit).toBe("code point");
  });
});
