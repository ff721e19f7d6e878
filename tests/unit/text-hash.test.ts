import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normalizeText, utf8ByteLength } from "@/lib/domain/text/text";
import { hashText } from "@/lib/server/documents/text-hash";

// Document.sha256 is stored and compared on every add and import (same text → 409 / matched):
// these values must never change. The fixture has an astral emoji with a skin-tone modifier, a
// flag, a decomposed combining mark (NFC composes it), CJK, Korean and both line-break kinds.
const RAW =
  "Japan \u{1F1EF}\u{1F1F5} said \u201Cnot a retaliatory measure\u201D \u{1F44D}\u{1F3FD}\r\nCafe\u0301 in \uC11C\uC6B8, \u65E5\u672C\rend";

describe("hashText", () => {
  it("keeps the SHA-256 values stored documents were hashed with", () => {
    expect(hashText("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hashText("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashText(normalizeText(RAW))).toBe("ceebe5b31d379eb2507789776fbd1e7fb5a541979cf9148e10d7d957bd7d2376");
  });

  it("hashes the normalized text: CRLF, CR and decomposed marks give the same identity", () => {
    expect(hashText(normalizeText(RAW))).toBe(hashText(normalizeText(RAW.replace(/\r\n?/g, "\n").normalize("NFC"))));
    expect(hashText(normalizeText("x\r\ny"))).toBe(hashText("x\ny"));
  });
});

describe("utf8ByteLength", () => {
  it("counts what UTF-8 encoding writes, without encoding", () => {
    const cases = [
      "",
      "abc",
      "\n",
      "\u00e9",
      "e\u0301",
      "\u65E5\u672C",
      "\uD55C\uAD6D",
      "\u{1F44D}\u{1F3FD}",
      "\u{1F1EF}\u{1F1F5}",
      RAW,
      normalizeText(RAW),
      "\uD800",
      "a\uDC00b",
      "\uD83D",
    ];
    for (const text of cases) expect([text, utf8ByteLength(text)]).toEqual([text, Buffer.byteLength(text, "utf8")]);
  });

  it("agrees with node:crypto's reading of the same bytes", () => {
    const text = normalizeText(RAW);
    expect(hashText(text)).toBe(createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex"));
    expect(Buffer.from(text, "utf8").length).toBe(utf8ByteLength(text));
  });
});
