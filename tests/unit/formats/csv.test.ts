import { describe, expect, it } from "vitest";
import { formatCsvCell, guardFormula } from "@/lib/domain/formats/csv-cell";
import { CSV_COLUMNS, encodeCsv } from "@/lib/domain/formats/csv-encode";
import { parseCsv } from "@/lib/domain/formats/csv-parse";
import { OffsetIndex } from "@/lib/domain/text/offsets";
import { expectGolden } from "./golden";
import { TEXT, collectText, project, spans, streamDocuments } from "./sample-corpus";

const encode = (bom?: boolean) => collectText(encodeCsv(project, streamDocuments(), { bom }));

describe("CSV export", () => {
  it("matches the golden file", async () => {
    expectGolden("corpus.csv", await encode());
  });

  it("parses back (RFC 4180) to one row per span with code-point offsets", async () => {
    const parsed = parseCsv(await encode());
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.map((r) => r.cells);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(spans.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const index = new OffsetIndex(TEXT);
    for (const row of rows) {
      const text = row[col("text")].replace(/^'(?=[=+\-@\t\r])/, "");
      expect(index.slice(Number(row[col("start")]), Number(row[col("end")]))).toBe(text);
      expect(() => JSON.parse(row[col("attributes")])).not.toThrow();
    }
    const multiline = rows.find((r) => r[col("text")].includes("\n"))!;
    expect(multiline[col("text")]).toBe('"an apparent\nretaliatory step"');
    expect(rows.find((r) => r[col("author")] === "ana@example.org")).toBeDefined();
  });

  it("guards cells that a spreadsheet would evaluate", async () => {
    const out = await encode();
    expect(out).toContain(",'=SUM(A1),");
    expect(out).toContain(",'+formula in a note,");
    expect(out).toContain(",'=cmd|' /C calc'!A0,");
    expect(guardFormula("-5")).toBe("'-5");
    expect(guardFormula("@SUM")).toBe("'@SUM");
    expect(guardFormula("\tx")).toBe("'\tx");
    expect(guardFormula("5-3")).toBe("5-3");
  });

  it("quotes commas, quotes and line breaks, and can start with a BOM", async () => {
    expect(formatCsvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(3)).toBe("3");
    expect((await encode(true)).startsWith("\uFEFFdocument_id,")).toBe(true);
    expect((await encode()).split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
  });
});

describe("parseCsv", () => {
  it("reads quoted fields across lines and remembers where rows start", () => {
    const parsed = parseCsv('a,b\r\n"x\ny",2\n\n3,"q""uote"');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x\ny", "2"] },
        { line: 5, cells: ["3", 'q"uote'] },
      ],
    });
  });

  it("reports an unclosed quote", () => {
    expect(parseCsv('a,b\n"open,2\n')).toEqual({ ok: false, message: "a quoted field opened on line 2 is never closed" });
  });
});
