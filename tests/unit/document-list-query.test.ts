import { describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENT_QUERY, documentListSearch, pageWindow, parseDocumentListQuery } from "@/lib/domain/projects/document-list-query";

describe("parseDocumentListQuery", () => {
  it.each([
    [{}, DEFAULT_DOCUMENT_QUERY],
    [
      { q: "  Pompeo ", perspective: "KR", status: "adjudicated", sort: "size", dir: "desc", page: "3" },
      { q: "Pompeo", perspective: "KR", status: "adjudicated", sort: "size", dir: "desc", page: 3 },
    ],
    [{ perspective: "XX", status: "done", sort: "rowid; drop", dir: "sideways", page: "-2" }, DEFAULT_DOCUMENT_QUERY],
    [{ page: "2.5" }, DEFAULT_DOCUMENT_QUERY],
    [
      { page: ["4", "5"], q: ["日本", "x"] },
      { ...DEFAULT_DOCUMENT_QUERY, page: 4, q: "日本" },
    ],
  ])("%j", (params, expected) => {
    expect(parseDocumentListQuery(params)).toEqual(expected);
  });
});

describe("documentListSearch", () => {
  it("leaves defaults out and keeps the rest, encoded", () => {
    expect(documentListSearch(DEFAULT_DOCUMENT_QUERY)).toBe("");
    expect(documentListSearch({ ...DEFAULT_DOCUMENT_QUERY, q: "日本 & 韓国" }, { page: 2 })).toBe(
      "?q=%E6%97%A5%E6%9C%AC+%26+%E9%9F%93%E5%9B%BD&page=2",
    );
    expect(
      parseDocumentListQuery(
        Object.fromEntries(
          new URLSearchParams(documentListSearch({ ...DEFAULT_DOCUMENT_QUERY, q: "日本 & 韓国", sort: "title", dir: "desc" })),
        ),
      ),
    ).toMatchObject({ q: "日本 & 韓国", sort: "title", dir: "desc" });
  });
});

describe("pageWindow", () => {
  it.each([
    [0, 1, { page: 1, pageCount: 1, skip: 0, from: 0, to: 0 }],
    [120, 1, { page: 1, pageCount: 3, skip: 0, from: 1, to: 50 }],
    [120, 3, { page: 3, pageCount: 3, skip: 100, from: 101, to: 120 }],
    [120, 9, { page: 3, pageCount: 3, skip: 100, from: 101, to: 120 }],
    [100, 2, { page: 2, pageCount: 2, skip: 50, from: 51, to: 100 }],
  ])("%i documents, page %i", (total, requested, expected) => {
    expect(pageWindow(total, requested)).toMatchObject(expected);
  });
});
