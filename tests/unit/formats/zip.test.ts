import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeTextEntries, unzipEntries } from "@/lib/domain/formats/zip";
import { parseBrat } from "@/lib/domain/formats/brat-parse";
import { hashText } from "@/lib/server/documents/text-hash";

describe("unzipEntries", () => {
  it("returns files, skipping directories and macOS clutter", () => {
    const bytes = zipSync({
      "corpus/": new Uint8Array(0),
      "corpus/a.txt": strToU8("Hello world"),
      "corpus/a.ann": strToU8("T1\tclaim 0 5\tHello\n"),
      "__MACOSX/corpus/._a.txt": strToU8("junk"),
      "corpus/.DS_Store": strToU8("junk"),
    });
    const { entries, problems } = unzipEntries(bytes);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.name).sort()).toEqual(["corpus/a.ann", "corpus/a.txt"]);
    const { files } = decodeTextEntries(entries);
    expect(parseBrat(files, { hashText }).documents[0].spans[0]).toMatchObject({ label: "claim", text: "Hello" });
  });

  it("rejects path traversal and absolute paths but keeps the safe entries", () => {
    const bytes = zipSync({
      "../evil.txt": strToU8("x"),
      "docs/../../evil2.txt": strToU8("x"),
      "/etc/passwd": strToU8("x"),
      "C:\\windows\\evil.txt": strToU8("x"),
      "ok.txt": strToU8("fine"),
    });
    const { entries, problems } = unzipEntries(bytes);
    expect(entries.map((e) => e.name)).toEqual(["ok.txt"]);
    expect(problems).toEqual([
      { where: 'zip entry "../evil.txt"', message: "paths containing .. are not allowed" },
      { where: 'zip entry "docs/../../evil2.txt"', message: "paths containing .. are not allowed" },
      { where: 'zip entry "/etc/passwd"', message: "absolute paths are not allowed" },
      { where: 'zip entry "C:\\\\windows\\\\evil.txt"', message: "absolute paths are not allowed" },
    ]);
  });

  it("refuses an archive with too many entries", () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, strToU8("x")]));
    const { entries, problems } = unzipEntries(zipSync(many), { maxEntries: 20 });
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ where: "zip", message: "the archive has more than 20 entries" }]);
  });

  it("refuses an archive that expands past the size cap, before inflating it", () => {
    const big = new Uint8Array(5_000_000); // zeros: compresses to a few kB
    const bytes = zipSync({ "big.txt": big }, { level: 9 });
    expect(bytes.length).toBeLessThan(50_000);
    const { entries, problems } = unzipEntries(bytes, { maxTotalBytes: 1_000_000 });
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ where: "zip", message: "the archive expands to more than 1000000 bytes" }]);
  });

  it("reports bytes that are not a zip, and files that are not UTF-8", () => {
    expect(unzipEntries(strToU8("plain text")).problems[0].message).toMatch(/^not a readable zip archive/);
    const utf16le = (s: string) =>
      new Uint8Array([0xff, 0xfe, ...Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const { files, problems, notices } = decodeTextEntries([
      { name: "bad.txt", bytes: new Uint8Array([0x41, 0xc3, 0x28]) },
      { name: "odd.txt", bytes: new Uint8Array([0xff, 0xfe, 0x41]) },
      { name: "bom.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]) },
      { name: "wide.txt", bytes: utf16le("Seoul 서울") },
      { name: "nobom.txt", bytes: utf16le("Seoul said no").subarray(2) },
    ]);
    expect(problems).toEqual([
      { where: "file bad.txt", message: "not valid UTF-8; save the file as UTF-8 and import it again" },
      { where: "file odd.txt", message: "starts with a UTF-16LE byte order mark but is not valid UTF-16LE" },
      { where: "file nobom.txt", message: "this looks like UTF-16LE text without a byte order mark; save it as UTF-8 and import it again" },
    ]);
    expect(files).toEqual({ "bom.txt": "A", "wide.txt": "Seoul 서울" });
    expect(notices).toEqual(["Decoded as UTF-16 (byte order mark): wide.txt (UTF-16LE)."]);
  });
});
