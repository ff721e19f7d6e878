import { describe, expect, it } from "vitest";
import { parseTextFiles } from "@/lib/domain/formats/text-files";
import { hashText } from "@/lib/server/documents/text-hash";

const demoManifest = JSON.stringify({
  about: "shape of shared/corpus/manifest.json",
  documents: [
    { file: "000.txt", title: null, outlet: null, perspective: "third-party", published: "2019-07-11", language: "en" },
    {
      file: "001.txt",
      title: "(LEAD) U.S. officials share concern",
      outlet: "Yonhap",
      perspective: "KR",
      published: "2019-07-14T17:10:00+09:00",
      language: "en",
    },
  ],
});

describe("plain text import", () => {
  it("normalizes texts and takes metadata from a JSON manifest found among the files", () => {
    const result = parseTextFiles(
      {
        "corpus/000.txt": "Wire report\r\nwith CRLF",
        "corpus/001.txt": "Cafe\u0301 in Seoul",
        "corpus/manifest.json": demoManifest,
        "corpus/notes.md": "not a document",
      },
      { hashText },
    );
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual(["Ignored 1 file that is not a document: corpus/notes.md."]);
    const [a, b] = result.documents;
    expect(a).toMatchObject({
      sourceName: "corpus/000.txt",
      title: "000", // title null in the manifest: the file name stands in
      text: "Wire report\nwith CRLF",
      sha256: hashText("Wire report\nwith CRLF"),
      perspective: "third-party",
      publishedAt: "2019-07-11",
      language: "en",
      outlet: "",
      spans: [],
    });
    expect(b).toMatchObject({ title: "(LEAD) U.S. officials share concern", outlet: "Yonhap", perspective: "KR", text: "Café in Seoul" });
  });

  it("reads a CSV manifest and reports bad values, missing files and files without entries", () => {
    const manifest = [
      "filename,title,perspective,published_at,url",
      'a.txt,"Title, with comma",KR,2019-07-01,https://example.org/a',
      "b.txt,B,Mars,July 1st,",
      "missing.txt,M,JP,,",
    ].join("\n");
    const result = parseTextFiles(
      { "a.txt": "A text", "b.txt": "B text", "c.txt": "C text", "empty.txt": "  \n" },
      { hashText, manifest: { name: "meta.csv", content: manifest } },
    );
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'manifest meta.csv line 3: unknown perspective "Mars"',
      'manifest meta.csv line 3: published_at "July 1st" is not an ISO date (YYYY-MM-DD, optionally with a time)',
      "file empty.txt: the document text is empty",
      'manifest meta.csv line 4: no text file named "missing.txt"',
    ]);
    expect(result.documents.map((d) => [d.title, d.perspective, d.url])).toEqual([
      ["Title, with comma", "KR", "https://example.org/a"],
      ["B", "other", ""],
      ["c", "other", ""],
    ]);
    expect(result.documents[2].language).toBe("und");
  });

  it("reports a malformed JSON manifest", () => {
    const result = parseTextFiles({ "a.txt": "x", "manifest.json": "{\n  oops\n}" }, { hashText });
    expect(result.problems).toEqual([
      { where: "manifest manifest.json", message: expect.stringMatching(/^malformed JSON \(line 2, column 3\)/) },
    ]);
    expect(result.documents).toHaveLength(1);
  });
});
