// The annotation workspace in a real browser against a real server (demo database).
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { signedIn } from "../support/http-client";

const DOC_TITLE = /Pompeo voiced support for Japan over wartime labor issue/;
const CLAIM = 'are being arranged in an "unofficial" capacity without a formal announcement';

/** The demo annotators marked their documents done: editing one asks to reopen it first (confirmed here). */
async function confirmReopen(page: Page) {
  await page.addLocatorHandler(page.getByRole("dialog", { name: "Reopen this document to edit it?" }), async (dialog) => {
    await dialog.getByRole("button", { name: "Reopen and edit" }).click();
  });
}

async function openDocument(page: Page, baseUrl: string, email: string): Promise<string> {
  await confirmReopen(page);
  await signIn(page, baseUrl, email);
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: DOC_TITLE }).first().click();
  await page.waitForURL(/\/documents\/[^/]+$/);
  await waitForHighlights(page);
  return page.url().split("/documents/")[1];
}

async function waitForHighlights(page: Page) {
  await page.waitForFunction(() => window.__parallaxBench?.paintedAt !== undefined);
}

/** Viewport point of the `at`-th UTF-16 unit of the first occurrence of `needle` in the reader's text. */
async function pointIn(page: Page, needle: string, at: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([needle, at]) => {
      const reader = document.querySelector("[data-testid=reader]")!;
      const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        all += n.textContent;
      }
      let i = all.indexOf(needle);
      if (i < 0) throw new Error(`not in the text: ${needle}`);
      i += at;
      for (const node of nodes) {
        const len = node.textContent.length;
        if (i < len) {
          node.parentElement!.scrollIntoView({ block: "center" });
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          const box = r.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        i -= len;
      }
      throw new Error("offset past the text");
    },
    [needle, at] as const,
  );
}

/** Drag the mouse from inside one character to inside another, like an annotator selecting text. */
async function drag(page: Page, needle: string, from: number, to: number) {
  const a = await pointIn(page, needle, from);
  const b = await pointIn(page, needle, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

const editorText = (page: Page) => page.getByTestId("span-editor").getByTestId("span-text");
const row = (page: Page, label: string, text: string) => page.locator(`[data-span-row][data-label=${label}]`).filter({ hasText: text });

test("an annotator tags a claim containing a quote, edits, undoes, redoes, and finds it all after a reload", async ({ page, baseUrl }) => {
  const documentId = await openDocument(page, baseUrl, "annotator1@example.com");

  // Mouse selection from mid-word to mid-word snaps to whole words; hotkey 1 tags a claim.
  const sentence =
    'The talks, expected to take place on Friday and Saturday, are being arranged in an "unofficial" capacity without a formal announcement.';
  const s = sentence.indexOf("are being");
  await drag(page, sentence, s + 1, sentence.indexOf("announcement") + 6);
  await page.keyboard.press("1");
  await expect(editorText(page)).toHaveText(CLAIM);
  await expect(page.locator("mark[data-l=claim][data-sel]").first()).toBeVisible();

  // A quote nested in it: drag inside the quotation marks, press 2.
  await drag(page, sentence, sentence.indexOf("unofficial") + 1, sentence.indexOf("unofficial") + 8);
  await page.keyboard.press("2");
  await expect(editorText(page)).toHaveText("unofficial");
  // Both stay visible: the quote's text is inside the claim's mark.
  await expect(page.locator("mark[data-l=claim] mark[data-l=quote]").filter({ hasText: "unofficial" })).toHaveCount(1);

  // Edit the claim's attributes from the panel.
  await row(page, "claim", "are being arranged").click();
  await expect(editorText(page)).toHaveText(CLAIM);
  await page.getByRole("textbox", { name: "Holder" }).fill("diplomatic sources");
  await page.getByRole("radio", { name: "attributed" }).click();
  await expect(page.getByRole("radio", { name: "attributed" })).toHaveAttribute("aria-checked", "true");

  // Undo and redo the last change from the keyboard (Esc leaves the form first).
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("radio", { name: "attributed" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("textbox", { name: "Holder" })).toHaveValue("diplomatic sources");
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("radio", { name: "attributed" })).toHaveAttribute("aria-checked", "true");

  // Delete the quote and undo the delete: it comes back (re-created on the server under a new id).
  await row(page, "quote", "unofficial").click();
  await page.keyboard.press("Delete");
  await expect(row(page, "quote", "unofficial")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(row(page, "quote", "unofficial")).toHaveCount(1);

  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await waitForHighlights(page);
  await expect(page.locator("mark[data-l=claim] mark[data-l=quote]").filter({ hasText: "unofficial" })).toHaveCount(1);
  // Clicking the claim's text selects it: the panel shows its attributes and its row.
  const word = await pointIn(page, "arranged in an", 2);
  await page.mouse.click(word.x, word.y);
  await expect(editorText(page)).toHaveText(CLAIM);
  await expect(page.getByRole("textbox", { name: "Holder" })).toHaveValue("diplomatic sources");
  await expect(row(page, "claim", "are being arranged")).toContainText("holder: diplomatic sources · attributed");

  // The server has exactly these spans, with code-point offsets matching their text.
  const res = await page.request.get(`${baseUrl}/api/documents/${documentId}/annotations`);
  const { annotations } = (await res.json()) as {
    annotations: { label: string; text: string; start: number; end: number; attributes: object }[];
  };
  const claim = annotations.find((a) => a.label === "claim" && a.text === CLAIM);
  const quote = annotations.filter((a) => a.label === "quote" && a.text === "unofficial");
  expect(claim?.attributes).toEqual({ holder: "diplomatic sources", voice: "attributed" });
  expect(quote).toHaveLength(1);
  expect(quote[0].start - claim!.start).toBe(CLAIM.indexOf("unofficial"));
});

test("an annotator cannot see or change another annotator's spans, in the UI or through the API", async ({ page, baseUrl }) => {
  // annotator1 adds a span through the API.
  const a1 = await signedIn(baseUrl, "annotator1@example.com");
  const projects = (await a1.json("GET", "/api/projects")).body.projects as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith("Japan–South Korea"))!;
  const docs = (await a1.json("GET", `/api/projects/${project.id}/documents`)).body.documents as { id: string; title: string }[];
  const doc = docs.find((d) => DOC_TITLE.test(d.title))!;
  const text = "senior Japanese officials are expected to urge";
  const full = (await a1.json("GET", `/api/documents/${doc.id}`)).body.document.text as string;
  const start = Array.from(full.slice(0, full.indexOf(text))).length;
  const created = await a1.json("POST", `/api/documents/${doc.id}/annotations`, {
    label: "claim",
    start,
    end: start + Array.from(text).length,
    text,
    note: "a1 only",
  });
  expect(created.status).toBe(201);
  const span = created.body.annotation as { id: string; authorId: string; version: number };

  // annotator2 opens the same document: the span is not there.
  await openDocument(page, baseUrl, "annotator2@example.com");
  await expect(page.getByTestId("reader")).toContainText(text);
  await expect(page.locator(`[data-k="${span.id}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-span-row="${span.id}"]`)).toHaveCount(0);

  // …and cannot read annotator1's layer or change the span with annotator2's session.
  const layer = await page.request.get(`${baseUrl}/api/documents/${doc.id}/annotations?layer=${span.authorId}`);
  expect(layer.status()).toBe(403);
  const patch = await page.request.patch(`${baseUrl}/api/annotations/${span.id}`, {
    headers: { "Content-Type": "application/json" },
    data: { version: span.version, note: "hijacked" },
  });
  expect(patch.status()).toBe(403);
  const del = await page.request.delete(`${baseUrl}/api/annotations/${span.id}?version=${span.version}`);
  expect(del.status()).toBe(403);
  const after = await a1.json("GET", `/api/documents/${doc.id}/annotations`);
  expect((after.body.annotations as { id: string; note: string }[]).find((a) => a.id === span.id)?.note).toBe("a1 only");
});

test("two tabs on one document: a stale edit is refused, the tab adopts the saved span and says so", async ({ page, baseUrl, context }) => {
  const documentId = await openDocument(page, baseUrl, "annotator1@example.com");
  const other = await context.newPage();
  await confirmReopen(other);
  await other.goto(`${baseUrl}/documents/${documentId}`);
  await waitForHighlights(other);

  // Tab A retags the demo date "Wednesday" as a claim.
  const a = await pointIn(page, "said Wednesday", 8);
  await page.mouse.click(a.x, a.y);
  await expect(editorText(page)).toHaveText("Wednesday");
  await page.keyboard.press("1");
  await expect(page.getByTestId("span-editor").getByRole("radio", { name: "Claim" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  // Tab B still shows it as a date and adds a note: the server refuses the stale version.
  const b = await pointIn(other, "said Wednesday", 8);
  await other.mouse.click(b.x, b.y);
  await expect(editorText(other)).toHaveText("Wednesday");
  await other.getByRole("textbox", { name: "Note" }).fill("from tab B");
  await expect(other.getByTestId("notices")).toContainText("changed elsewhere");
  await expect(other.getByTestId("span-editor").getByRole("radio", { name: "Claim" })).toHaveAttribute("aria-checked", "true");
  await expect(other.getByRole("textbox", { name: "Note" })).toHaveValue("");
  await expect(other.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  const res = await page.request.get(`${baseUrl}/api/documents/${documentId}/annotations`);
  const spans = (await res.json()).annotations as { label: string; text: string; note: string }[];
  expect(spans.filter((s) => s.text === "Wednesday")).toEqual([expect.objectContaining({ label: "claim", note: "" })]);
});

test("a long article: the server sends the first screen, the rest fills in, and a span at the very end is tagged at exact offsets", async ({
  page,
  baseUrl,
}) => {
  // 80 paragraphs (~16,000 characters) with emoji, combining marks, CJK and line breaks: more
  // than the first screen the server renders (use-highlights.ts), so most arrive as placeholders.
  const para = (i: number) =>
    `Paragraph ${i}: the ministry 🇯🇵 said Jose\u0301's report on 輸出管理 was due,\nand the committee met again on day ${i} to review it 👍🏽. ` +
    "Officials declined to comment further on the matter. ".repeat(3);
  const last = "The very last sentence, about Zoë and 半導体, ends here.";
  const text = `${Array.from({ length: 80 }, (_, i) => para(i)).join("\n\n")}\n\n${last}`;
  const admin = await signedIn(baseUrl, "admin@example.com");
  const projects = (await admin.json("GET", "/api/projects")).body.projects as { id: string; name: string }[];
  const project = projects.find((p) => p.name.startsWith("Japan–South Korea"))!;
  const created = await admin.json("POST", `/api/projects/${project.id}/documents`, {
    title: "A long article",
    text,
    perspective: "other",
    publishedAt: "2019-07-14",
  });
  const documentId = created.body.document.id as string;

  // The page's HTML: the first paragraphs as text, the rest as placeholders (their text travels once, in the props).
  const a1 = await signedIn(baseUrl, "annotator1@example.com");
  const html = await (await a1.fetch(`/documents/${documentId}`)).text();
  expect(html).toContain('<span data-o="0">Paragraph 0:');
  expect((html.match(/data-wait=""/g) ?? []).length).toBeGreaterThan(40);

  await signIn(page, baseUrl, "annotator1@example.com");
  await page.goto(`${baseUrl}/documents/${documentId}`);
  await waitForHighlights(page);
  // Every paragraph gets its text after load; none is left waiting.
  await expect(page.locator("[data-testid=reader] [data-wait]")).toHaveCount(0);
  const word = "very last sentence";
  await drag(page, last, last.indexOf(word) + 1, last.indexOf(word) + word.length - 2);
  await page.keyboard.press("1");
  await expect(editorText(page)).toHaveText(word);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  const { annotations } = (await (await page.request.get(`${baseUrl}/api/documents/${documentId}/annotations`)).json()) as {
    annotations: { label: string; text: string; start: number; end: number }[];
  };
  const stored = annotations.find((a) => a.text === word)!;
  const codePoints = Array.from(text.normalize("NFC"));
  expect(codePoints.slice(stored.start, stored.end).join("")).toBe(word);
  expect(stored.start).toBe(Array.from(text.normalize("NFC").slice(0, text.normalize("NFC").lastIndexOf(word))).length);
  expect(stored.label).toBe("claim");

  // After a reload, scrolled straight to the end: the span is there, highlighted.
  await page.reload();
  await waitForHighlights(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator("mark[data-l]").filter({ hasText: word })).toBeVisible();
});
