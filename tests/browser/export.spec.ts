import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";

const cpSlice = (text: string, s: number, e: number) => Array.from(text).slice(s, e).join("");

async function openDataPage(page: Page) {
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: "Import & export" }).click();
  await expect(page).toHaveURL(/\/data$/);
}

test("a reviewer downloads Parallax JSONL and CoNLL from Import & export", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "reviewer@example.com");
  await openDataPage(page);
  const form = page.getByTestId("export-form");
  await expect(page.getByTestId("import-form")).toHaveCount(0); // importing is for managers

  const [jsonl] = await Promise.all([page.waitForEvent("download"), form.getByTestId("export-download").click()]);
  expect(jsonl.suggestedFilename()).toMatch(/-all-jsonl\.jsonl$/);
  const lines = fs
    .readFileSync(await jsonl.path(), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines[0]).toMatchObject({ type: "project", name: "Japan–South Korea export controls, 2019", format: "parallax-jsonl" });
  const docs = lines.filter((l) => l.type === "document");
  expect(docs).toHaveLength(5);
  const spans = docs.flatMap((d) => d.spans.map((s: { start: number; end: number; text: string }) => ({ ...s, doc: d.text })));
  expect(spans.length).toBeGreaterThan(100);
  for (const s of spans) expect(cpSlice(s.doc, s.start, s.end)).toBe(s.text);
  expect(lines.filter((l) => l.type === "proposition")).toHaveLength(3);

  await form.getByLabel("Format").selectOption("conll");
  await form.getByLabel("Layer").selectOption("gold");
  const [conll] = await Promise.all([page.waitForEvent("download"), form.getByTestId("export-download").click()]);
  expect(conll.suggestedFilename()).toMatch(/-gold-conll\.conll$/);
  const text = fs.readFileSync(await conll.path(), "utf8");
  expect(text.startsWith("-DOCSTART- -X- -X- O\n")).toBe(true);
  expect(text).not.toMatch(/^# dropped/m);
  // The count the page shows is the one the download's header carries.
  const head = await page.request.get(
    new URL((await form.getByTestId("export-download").getAttribute("href")) ?? "", page.url()).toString(),
  );
  const dropped = head.headers()["x-parallax-dropped-spans"];
  expect(dropped).toMatch(/^\d+$/);
  await expect(page.getByTestId("conll-dropped")).toContainText(`dropped ${dropped} overlapping spans`);
});

test("a manager imports a doccano file and sees the report", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "admin@example.com");
  await openDataPage(page);
  const form = page.getByTestId("import-form");
  await form.getByLabel("Format").selectOption("doccano");
  const text = `Imported in the browser ${Date.now()}: Seoul 🇰🇷 said "no".`;
  const start = text.indexOf("Seoul");
  const line = JSON.stringify({
    text,
    label: [
      [start, start + 5, "quote"],
      [0, 9999, "claim"],
    ],
    title: "Browser import",
  });
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: "tiny.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(line) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByTestId("import-outcome")).toContainText("nothing was imported");
  await expect(form.getByTestId("import-problems")).toContainText("line 1 span 2");

  await form.getByLabel(/Import the valid records/).check();
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByTestId("import-report")).toContainText("Imported 1 new document (0 already here");
  await expect(form.getByTestId("import-problems")).toContainText("past the end of the document");
});
