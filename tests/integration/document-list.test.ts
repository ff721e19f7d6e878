// The project's document list pages, filters, searches and sorts on the server.
import { beforeAll, describe, expect, it, inject } from "vitest";
import { signedIn, type Client } from "../support/http-client";
import { makeUser } from "../support/data-layer";

let manager: Client;
let projectId: string;
const TOTAL = 120;

/** Titles of the document rows, in page order. */
function titles(html: string): string[] {
  const table = html.slice(html.indexOf('data-testid="document-table"'));
  return [...table.matchAll(/<a[^>]*href="\/documents\/[^"/]+"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1].replace(/&amp;/g, "&"));
}

beforeAll(async () => {
  const owner = await makeUser("list-owner", true); // creating projects is an admin capability
  const { createProject } = await import("@/lib/server/projects/projects");
  const { requireProject } = await import("@/lib/server/access/guards");
  const { addDocuments } = await import("@/lib/server/documents/documents");
  const p = await createProject(owner, { name: "Paged list", description: "", guidelines: "" });
  projectId = p.id;
  const scope = await requireProject(owner, p.id, "documents:add");
  // Doc 001 … 120; every tenth from Yonhap (KR), the rest JP; dates run backwards so "published" differs from "title".
  await addDocuments(
    scope,
    Array.from({ length: TOTAL }, (_, i) => ({
      title: `Doc ${String(i + 1).padStart(3, "0")}${i === 6 ? " 日本 & 韓国 👍🏽" : ""}`,
      text: `Body of document ${i + 1}: ${"x".repeat(i + 1)}\nCafe\u0301`,
      outlet: i % 10 === 0 ? "Yonhap" : "Kyodo",
      perspective: i % 10 === 0 ? "KR" : "JP",
      language: "en",
      publishedAt: `2019-${String(12 - Math.floor(i / 10)).padStart(2, "0")}-${String(28 - (i % 10)).padStart(2, "0")}`,
      url: "",
    })),
  );
  manager = await signedIn(inject("baseUrl"), owner.email);
});

const page = async (search: string) => {
  const res = await manager.fetch(`/projects/${projectId}${search}`);
  expect(res.status).toBe(200);
  return res.text();
};

describe("the document list", () => {
  it("shows 50 documents a page with a count, and the other pages behind links", async () => {
    const first = await page("?sort=title");
    expect(titles(first)).toHaveLength(50);
    expect(titles(first)[0]).toBe("Doc 001");
    expect(first).toContain(`1–50 of ${TOTAL} documents`);
    expect(first).toContain(`href="/projects/${projectId}?sort=title&amp;page=2"`);
    const third = await page("?sort=title&page=3");
    expect(titles(third)).toEqual(Array.from({ length: 20 }, (_, i) => `Doc ${101 + i}`));
    expect(third).toContain(`101–120 of ${TOTAL} documents`);
    // Past the end: the last page, not an empty one.
    expect(titles(await page("?sort=title&page=99"))).toEqual(titles(third));
  });

  it("pages through every document exactly once in each sort order", async () => {
    for (const sort of ["published", "title", "outlet", "size", "added"]) {
      for (const dir of ["asc", "desc"]) {
        const seen: string[] = [];
        for (let p = 1; p <= 3; p++) seen.push(...titles(await page(`?sort=${sort}&dir=${dir}&page=${p}`)));
        expect(new Set(seen).size, `${sort} ${dir}`).toBe(TOTAL);
      }
    }
    expect(titles(await page("?sort=size&dir=desc"))[0]).toBe("Doc 120");
    expect(titles(await page(""))[0]).toBe("Doc 120"); // published ascending: the last written is the earliest date
  });

  it("filters by perspective and status and searches titles and outlets, with hard characters", async () => {
    const kr = titles(await page("?perspective=KR&sort=title"));
    expect(kr).toEqual(Array.from({ length: 12 }, (_, i) => `Doc ${String(i * 10 + 1).padStart(3, "0")}`));
    expect(titles(await page("?q=yonhap&sort=title"))).toEqual(kr);
    expect(titles(await page(`?q=${encodeURIComponent("日本 & 韓国")}`))).toEqual(["Doc 007 日本 & 韓国 👍🏽"]);
    expect(titles(await page("?status=adjudicated"))).toEqual([]);
    expect(await page("?status=adjudicated")).toContain("No documents match.");
    expect(titles(await page("?status=open&q=Doc 11"))).toHaveLength(10);
    // Unknown values fall back to the defaults instead of failing.
    expect(titles(await page("?perspective=FR&sort=nonsense&page=-1"))).toHaveLength(50);
  });
});
