// The pure halves of issue 9's defences: client address, callback paths, JSON checks, request
// rules, source URLs, invisible-only texts, and the zip reader's distrust of headers.
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { clientAddress, parseTrustProxy } from "@/lib/domain/access/client-address";
import { safeCallbackPath } from "@/lib/domain/access/callback-url";
import { checkJsonValue } from "@/lib/domain/text/json-guard";
import { checkRequest } from "@/lib/domain/access/request-rules";
import { checkActionArgs } from "@/lib/domain/access/action-args";
import { isSourceUrl } from "@/lib/domain/projects/source-url";
import { emptyTextProblem } from "@/lib/domain/text/text";
import { unzipEntries } from "@/lib/domain/formats/zip";
import { crc32 } from "@/lib/domain/formats/zip-read";
import { hashText } from "@/lib/server/documents/text-hash";

describe("clientAddress", () => {
  it.each([
    ["127.0.0.1", undefined, 0, "127.0.0.1"],
    ["::ffff:10.0.0.5", "1.2.3.4", 0, "10.0.0.5"],
    ["10.0.0.1", "203.0.113.9", 1, "203.0.113.9"],
    ["10.0.0.1", "6.6.6.6, 203.0.113.9", 1, "203.0.113.9"],
    ["10.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2, "203.0.113.9"],
    ["10.0.0.1", "203.0.113.9", 5, "203.0.113.9"],
    [undefined, undefined, 0, "unknown"],
  ] as const)("socket %s, X-Forwarded-For %s, %i hops → %s", (socket, xff, hops, expected) => {
    expect(clientAddress(socket, xff, hops)).toBe(expected);
  });

  it("parses PARALLAX_TRUST_PROXY strictly", () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("2")).toBe(2);
    expect(() => parseTrustProxy("true")).toThrow(/hops/);
    expect(() => parseTrustProxy("-1")).toThrow();
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/projects/abc?x=1#h", "/projects/abc?x=1#h"],
    ["//evil.example/x", "/projects"],
    ["/\\evil.example/x", "/projects"],
    ["\\\\evil.example", "/projects"],
    ["/.//evil.example", "/projects"],
    ["https://evil.example/", "/projects"],
    ["javascript:alert(1)", "/projects"],
    ["http://parallax.invalid/x", "/x"],
    ["", "/projects"],
    ["/日本?q=👍🏽", "/%E6%97%A5%E6%9C%AC?q=%F0%9F%91%8D%F0%9F%8F%BD"],
  ])("%s → %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });
});

describe("checkJsonValue", () => {
  it("names the field holding a lone surrogate, keys included; pairs are fine", () => {
    expect(checkJsonValue({ title: "ok 👍🏽 日本 e\u0301" })).toBeNull();
    expect(checkJsonValue({ title: "\ud800" })?.field).toBe("title");
    expect(checkJsonValue({ spans: [{ text: "a" }, { text: "x\udfffy" }] })?.field).toBe("spans[1].text");
    expect(checkJsonValue({ ["k\ud83d"]: 1 })?.message).toMatch(/field name/);
  });

  it("bounds nesting", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(checkJsonValue(deep)?.message).toMatch(/nested more than 32/);
    expect(checkJsonValue({ a: { b: [1, 2, { c: "d" }] } })).toBeNull();
  });
});

describe("checkRequest", () => {
  const origin = "http://127.0.0.1:3000";
  const req = (method: string, path: string, headers: Record<string, string>) =>
    checkRequest({ method, path, header: (n) => headers[n], appOrigins: [origin] });

  it.each([
    ["GET with nothing", "GET", "/api/projects", {}, null],
    [
      "cookie write, same Origin, JSON",
      "POST",
      "/api/projects/p/documents",
      { origin, "content-type": "application/json", "content-length": "10" },
      null,
    ],
    [
      "cookie write, Host matches Origin",
      "POST",
      "/api/x",
      { origin: "http://app.example", host: "app.example", "content-type": "application/json", "content-length": "2" },
      null,
    ],
    [
      "cookie write, foreign Origin",
      "POST",
      "/api/x",
      { origin: "https://evil.example", "content-type": "application/json", "content-length": "2" },
      403,
    ],
    ["cookie write, Origin null", "POST", "/api/x", { origin: "null", "content-type": "application/json", "content-length": "2" }, 403],
    ["cookie write, no Origin", "POST", "/api/x", { "content-type": "application/json", "content-length": "2" }, 403],
    ["cookie write, Sec-Fetch-Site same-origin", "DELETE", "/api/annotations/a", { "sec-fetch-site": "same-origin" }, null],
    ["cookie write, Sec-Fetch-Site cross-site", "DELETE", "/api/annotations/a", { "sec-fetch-site": "cross-site" }, 403],
    [
      "bearer write, no Origin",
      "POST",
      "/api/x",
      { authorization: "Bearer plx_abc", "content-type": "application/json", "content-length": "2" },
      null,
    ],
    ["bearer does not excuse a server action", "POST", "/settings", { authorization: "Bearer plx_abc", "next-action": "ab" }, 403],
    ["import without a content type", "POST", "/api/projects/p/import", { origin, "content-length": "100" }, 415],
    [
      "import as a form",
      "POST",
      "/api/projects/p/import",
      { origin, "content-type": "multipart/form-data; boundary=x", "content-length": "100" },
      415,
    ],
    [
      "import as octet-stream, 100 MB",
      "POST",
      "/api/projects/p/import",
      { origin, "content-type": "application/octet-stream", "content-length": String(100 * 1024 * 1024) },
      null,
    ],
    [
      "import over 100 MB",
      "POST",
      "/api/projects/p/import",
      { origin, "content-type": "application/octet-stream", "content-length": String(100 * 1024 * 1024 + 1) },
      413,
    ],
    ["JSON route given text/plain", "POST", "/api/x", { origin, "content-type": "text/plain", "content-length": "2" }, 415],
    [
      "sign-in over 16 KB",
      "POST",
      "/api/auth/callback/credentials",
      { origin, "content-type": "application/x-www-form-urlencoded", "content-length": "16385" },
      413,
    ],
    ["sign-in, chunked, no type", "POST", "/api/auth/callback/credentials", { origin, "transfer-encoding": "chunked" }, 415],
    [
      "server action over 25 MB",
      "POST",
      "/settings",
      { origin, "next-action": "ab", "content-type": "text/plain", "content-length": String(26 * 1024 * 1024) },
      413,
    ],
    [
      "server action from elsewhere",
      "POST",
      "/settings",
      { origin: "https://evil.example", "next-action": "ab", "content-type": "text/plain", "content-length": "2" },
      403,
    ],
    ["bad Content-Length", "POST", "/api/x", { origin, "content-type": "application/json", "content-length": "abc" }, 411],
  ] as const)("%s", (_name, method, path, headers, status) => {
    expect(req(method, path, headers as Record<string, string>)?.status ?? null).toBe(status);
  });
});

describe("isSourceUrl and emptyTextProblem", () => {
  it.each([
    ["", true],
    ["https://example.com/a", true],
    ["HTTP://EXAMPLE.COM", true],
    ["javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["//example.com", false],
    ["https://", false],
    ["ftp://x.y", false],
    ["https://exa mple.com", false],
  ])("%s → %s", (u, ok) => expect(isSourceUrl(u)).toBe(ok));

  it.each([
    ["\u0000\u0000", true],
    ["\u0001\u001b \n", true],
    ["\u200b\u202e", true],
    ["  \n", true],
    ["a\u0000", false],
    ["👍🏽", false],
    ["日本", false],
    ["e\u0301", false],
  ])("%j refused: %s", (t, refused) => {
    expect(emptyTextProblem(t) !== null).toBe(refused);
  });
});

describe("zip entries whose headers lie", () => {
  function setDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, size, true);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    return zip;
  }

  it("stops at the declared size and says so", () => {
    const zip = setDeclaredSize(zipSync({ "big.txt": new Uint8Array(4_000_000).fill(97) }, { level: 9 }), 1000);
    const { entries, problems } = unzipEntries(zip);
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ where: 'zip entry "big.txt"', message: "refused: it inflates to more than the 1000 bytes it declares" }]);
  });

  it("refuses an entry shorter than declared, and a CRC-32 mismatch", () => {
    const short = setDeclaredSize(zipSync({ "a.txt": strToU8("hello 日本 👍🏽") }), 5000);
    expect(unzipEntries(short).problems[0].message).toMatch(/inflates to \d+ bytes but declares 5000/);
    const stored = zipSync({ "a.txt": strToU8("hello world") }, { level: 0 });
    stored[Buffer.from(stored).indexOf("hello")] = 72;
    expect(unzipEntries(stored).problems[0].message).toMatch(/CRC-32 does not match/);
  });

  it("computes CRC-32 like zip tools do", () => {
    expect(crc32(strToU8("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });
});

describe("checkRequest on paths and action arguments", () => {
  it("refuses a path that is not UTF-8, for reads too", () => {
    expect(checkRequest({ method: "GET", path: "/api/documents/%ED%A0%80", header: () => undefined, appOrigins: [] })?.status).toBe(400);
    expect(checkRequest({ method: "GET", path: "/api/documents/%E6%97%A5", header: () => undefined, appOrigins: [] })).toBeNull();
  });
});

describe("checkActionArgs", () => {
  it.each([
    [["id", { a: "$$escaped" }, "$undefined", "$D2026-12-02T10:00:00.000Z", "$n12", "$NaN"], null],
    ["", /array/],
    [0, /array/],
    [null, /array/],
    [["$"], /unknown encoded value/],
    [[[["$K1"]]], /unknown encoded value/],
    [["$@1"], /unknown encoded value/],
    [["\ud800"], /surrogate/],
  ])("%j", (value, expected) => {
    const got = checkActionArgs(value);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(expected);
  });
});

describe("imported texts and metadata with lone surrogates", () => {
  it("are problems, not documents", async () => {
    const { parseDoccano } = await import("@/lib/domain/formats/doccano-parse");
    const lines = [
      JSON.stringify({ text: "Seoul \ud800 said", label: [] }),
      JSON.stringify({ text: "fine 👍🏽 日本 e\u0301", label: [], title: "t\udfff" }),
    ].join("\n");
    const parsed = parseDoccano(lines, { hashText });
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "the text contains a lone UTF-16 surrogate (not well-formed Unicode)",
      "title contains a lone UTF-16 surrogate (not well-formed Unicode)",
    ]);
  });
});
