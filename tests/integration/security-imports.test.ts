// Issue 9, items 11 and 12: what an import may store, and zips whose headers lie. Each failed before the fix.
import { beforeAll, describe, expect, it, inject } from "vitest";
import { strToU8, zipSync } from "fflate";
import { signedIn, type Client } from "../support/http-client";
import { useTestDatabase } from "../support/data-layer";
import { freshProject, upload } from "../support/corpus-http";

const baseUrl = () => inject("baseUrl");
const stamp = Date.now();
let manager: Client;
let target: string;

beforeAll(async () => {
  manager = await signedIn(baseUrl(), "admin@example.com", { "x-forwarded-for": "10.92.0.1" });
  target = await freshProject(`Security imports ${stamp}`);
});

const problemText = (res: { body: any }) =>
  [
    res.body.error?.message ?? "",
    ...((res.body.error?.details?.problems ?? []) as { where: string; message: string }[]).map((p) => `${p.where}: ${p.message}`),
  ].join("\n");

async function documentCount(): Promise<number> {
  const db = await useTestDatabase();
  return db.document.count({ where: { projectId: target } });
}

// Built before any request: zipping 240 MB blocks the event loop for seconds, long enough for the
// server to close an idle keep-alive socket that fetch would then reuse.
const OVER_LIMIT_ZIP = (() => {
  const entry = new Uint8Array(80 * 1024 * 1024);
  return zipSync({ "a.txt": entry, "b.txt": entry, "c.txt": entry }, { level: 1 });
})();

const BAD_URLS = [
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox",
  "ftp://example.com/a",
  "//example.com/a",
];

describe("imported URLs are validated exactly as the API validates them", () => {
  it.each(BAD_URLS)("refuses %s in every importer", async (url) => {
    const text = `URL probe ${url} ${stamp}`;
    const jsonl = [
      JSON.stringify({ type: "project", id: "p1", name: "probe", format: "parallax-jsonl", version: 2, labels: [], users: [] }),
      JSON.stringify({
        type: "document",
        id: "d1",
        title: "u",
        text,
        perspective: "other",
        language: "en",
        publishedAt: null,
        url,
        outlet: "",
        status: "open",
        sha256: "",
        spans: [],
      }),
      JSON.stringify({ type: "end", documents: 1, spans: 0, propositions: 0 }),
    ].join("\n");
    const doccano = JSON.stringify({ text: `${text} doccano`, label: [], url });
    const labelStudio = JSON.stringify([{ id: 1, data: { text: `${text} ls`, url }, annotations: [] }]);
    const manifest = zipSync({
      "a.txt": strToU8(`${text} manifest`),
      "manifest.json": strToU8(JSON.stringify([{ file: "a.txt", title: "A", url }])),
    });
    for (const [format, body] of [
      ["jsonl", jsonl],
      ["doccano", doccano],
      ["labelstudio", labelStudio],
      ["text", manifest],
    ] as const) {
      const res = await upload(manager, target, `format=${format}`, body);
      expect(res.status, `${format}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(problemText(res), format).toMatch(/url must start with http:\/\/ or https:\/\//);
    }
    expect(await documentCount()).toBe(0);
  });

  it("refuses the same URLs through the API", async () => {
    for (const url of BAD_URLS) {
      const res = await manager.json("POST", `/api/projects/${target}/documents`, { title: "u", text: `api url ${url} ${stamp}`, url });
      expect(res.status).toBe(400);
    }
  });

  it("still imports an https URL", async () => {
    const res = await upload(
      manager,
      target,
      "format=doccano",
      JSON.stringify({ text: `good url ${stamp} 👍🏽 日本`, label: [], url: "https://example.com/a" }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const db = await useTestDatabase();
    expect((await db.document.findFirstOrThrow({ where: { projectId: target, text: { startsWith: "good url" } } })).url).toBe(
      "https://example.com/a",
    );
  });
});

describe("documents of nothing but NUL or control characters", () => {
  it.each(["\u0000\u0000\u0000", "\u0001\u0002\u0007\u001b", "\u0000 \n\t\u0000", "\u200b\u0000"])(
    "refuses %j in imports and the API",
    async (text) => {
      const before = await documentCount();
      const res = await upload(manager, target, "format=doccano", JSON.stringify({ text, label: [] }));
      expect(res.status).toBe(400);
      expect(problemText(res)).toMatch(/NUL, control or invisible characters|text is empty/);
      const api = await manager.json("POST", `/api/projects/${target}/documents`, { title: "ctrl", text });
      expect(api.status).toBe(400);
      expect(await documentCount()).toBe(before);
    },
  );
});

describe("zips whose headers lie", () => {
  /** A zip whose entry says it holds `declared` bytes but inflates to `actual` bytes of zeros. */
  function lyingZip(declared: number, actual: number): Uint8Array {
    const zip = zipSync({ "big.txt": new Uint8Array(actual).fill(0x61) }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Local header: uncompressed size at 22. Central directory header (signature 0x02014b50): at 24.
    view.setUint32(22, declared, true);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declared, true);
    return zip;
  }

  it("refuses an entry that inflates past its declared size, with a clear message", async () => {
    const res = await upload(manager, target, "format=text", lyingZip(1000, 64 * 1024 * 1024));
    expect(res.status).toBe(400);
    expect(problemText(res)).toMatch(/big\.txt.*inflates to more than the 1000 bytes it declares/s);
    expect(await documentCount()).toBeLessThan(100);
  });

  it("refuses an entry whose CRC-32 does not match", async () => {
    const zip = zipSync({ "a.txt": strToU8(`crc probe ${stamp}`) }, { level: 0 });
    // level 0 stores the bytes as they are: flip one byte of the stored text.
    const at = Buffer.from(zip).indexOf("crc probe");
    zip[at] = "C".charCodeAt(0);
    const res = await upload(manager, target, "format=text", zip);
    expect(res.status).toBe(400);
    expect(problemText(res)).toMatch(/CRC/);
  });

  it("refuses an archive over the total limit before inflating past it", async () => {
    // 3 entries of 80 MiB each, declared honestly: 240 MiB > 200 MiB.
    const res = await upload(manager, target, "format=text", OVER_LIMIT_ZIP);
    expect(res.status).toBe(400);
    expect(problemText(res)).toMatch(/expands to more than/);
  }, 60_000);
});
