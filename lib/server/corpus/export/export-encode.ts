import "server-only";
import { listBratEntries } from "@/lib/domain/formats/brat-encode";
import { encodeConll, type ConllStats } from "@/lib/domain/formats/conll-encode";
import type { CorpusProject, DocumentSource, PropositionSource } from "@/lib/domain/formats/corpus";
import { encodeCsv } from "@/lib/domain/formats/csv-encode";
import { encodeDoccano } from "@/lib/domain/formats/doccano-encode";
import { encodeJsonl } from "@/lib/domain/formats/jsonl-encode";
import { encodeLabelStudio } from "@/lib/domain/formats/label-studio-encode";
import { encodeW3c } from "@/lib/domain/formats/w3c-encode";
import type { ExportRequest } from "./export-request";
import { nativeZipStream } from "./export-zip";

export interface EncodedExport {
  chunks: AsyncIterable<string | Uint8Array>;
  /** CoNLL's kept/dropped counts, once the last chunk has been read. */
  conllStats(): ConllStats | undefined;
}

/** Pick the codec. Propositions are read after the documents, in the same snapshot. */
export function encodeExport(
  request: Pick<ExportRequest, "format" | "offsetUnit" | "bom">,
  project: CorpusProject,
  docs: DocumentSource,
  propositions: () => PropositionSource,
): EncodedExport {
  let stats: ConllStats | undefined;
  const chunks = ((): AsyncIterable<string | Uint8Array> => {
    switch (request.format) {
      case "jsonl":
        return encodeJsonl(project, docs, propositions);
      case "w3c":
        return encodeW3c(project, docs, propositions);
      case "brat":
        // encodeBrat's entries, zipped with native zlib (export-zip.ts).
        return nativeZipStream(listBratEntries(project, docs));
      case "conll":
        // The dropped count goes in the download's report (headers, CLI), never in the file.
        return encodeConll(project, docs, { onStats: (s) => (stats = s) });
      case "doccano":
        return encodeDoccano(project, docs, { unit: request.offsetUnit });
      case "label-studio":
        return encodeLabelStudio(project, docs);
      case "csv":
        return encodeCsv(project, docs, { bom: request.bom });
    }
  })();
  return { chunks, conllStats: () => stats };
}
