import "server-only";
import type { Span } from "@/lib/domain/spans/spans";
import { isoFromSqlite } from "../db/stored-values";

export interface AnnotationRow {
  id: string;
  documentId: string;
  layer: string;
  authorId: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attributes: string;
  note: string;
  version: number;
  /** A Date from Prisma, the stored ISO text from a raw read (raw-db.ts). */
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (d: Date | string) => (typeof d === "string" ? isoFromSqlite(d) : d.toISOString());

/** The API/UI shape of a stored span. */
export function toSpan(row: AnnotationRow): Span & { version: number; createdAt: string; updatedAt: string; documentId: string } {
  return {
    id: row.id,
    documentId: row.documentId,
    layer: row.layer,
    authorId: row.authorId,
    label: row.label,
    start: row.start,
    end: row.end,
    text: row.text,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    note: row.note,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export type StoredSpan = ReturnType<typeof toSpan>;
