// Pre-annotation in a real browser: an annotator accepts and rejects suggestions with the
// keyboard, reloads, and finds exactly the accepted ones as spans (and the rejected one gone).
import { test, expect, signIn } from "./fixtures";
import { allSuggestions } from "@/lib/domain/suggest/suggestion-list";

const DOC_TITLE = /Japan and South Korea hold teleconference on export controls/;
type Suggestion = { id: string; label: string; start: number; end: number; text: string };
type Span = { id: string; label: string; start: number; end: number };

test("an annotator accepts and rejects suggestions with the keyboard; after a reload exactly the accepted ones are spans", async ({
  page,
  baseUrl,
}) => {
  test.setTimeout(90_000);
  await signIn(page, baseUrl, "annotator2@example.com");
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: DOC_TITLE }).first().click();
  await page.waitForURL(/\/documents\/[^/]+$/);
  const documentId = page.url().split("/documents/")[1];
  const api = (path: string) => page.request.get(`${baseUrl}/api/documents/${documentId}${path}`).then((r) => r.json());

  // The suggesters run in the background on first use; the bar appears when they are done.
  const current = page.getByTestId("suggestion-current");
  await expect(current).toBeVisible({ timeout: 40_000 });
  const spansBefore: Span[] = (await api("/annotations")).annotations;
  const all: Suggestion[] = allSuggestions(await api("/suggestions"));
  const byId = (id: string | null) => all.find((s) => s.id === id)!;
  await page.getByTestId("reader").focus();

  const accepted: Suggestion[] = [];
  const first = byId(await current.getAttribute("data-suggestion-id"));
  let wait = page.waitForResponse((r) => r.url().includes(`/suggestions/${first.id}/accept`) && r.status() === 201);
  await page.keyboard.press("a");
  await wait;
  accepted.push(first);

  await page.keyboard.press("n");
  const rejected = byId(await current.getAttribute("data-suggestion-id"));
  expect(rejected.id).not.toBe(first.id);
  // The current suggestion is drawn on exactly its text in the reader, and is not a span.
  const drawn = page.locator('[data-testid="reader"] [data-sgc]');
  await expect.poll(() => drawn.allTextContents().then((t) => t.join(""))).toBe(rejected.text);
  expect(await drawn.evaluateAll((els) => els.every((el) => !el.closest("[data-k]") || el.tagName === "MARK"))).toBe(true);
  wait = page.waitForResponse((r) => r.url().includes(`/suggestions/${rejected.id}/reject`) && r.ok());
  await page.keyboard.press("x");
  await wait;

  const third = byId(await current.getAttribute("data-suggestion-id"));
  expect([first.id, rejected.id]).not.toContain(third.id);
  wait = page.waitForResponse((r) => r.url().includes(`/suggestions/${third.id}/accept`) && r.status() === 201);
  await page.keyboard.press("a");
  await wait;
  accepted.push(third);

  // Shift+A: every pending suggestion of the current one's label on screen, in one bulk call.
  const label = byId(await current.getAttribute("data-suggestion-id")).label;
  const visible = await page.locator('[data-testid="reader"] [data-pi]').evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      })
      .map((el) => Number((el as HTMLElement).dataset.pi)),
  );
  const bulk = page.waitForResponse((r) => r.url().endsWith("/suggestions/bulk") && r.ok());
  await page.keyboard.press("Shift+A");
  const decided = (await (await bulk).json()) as { accepted: { id: string; annotation: Span }[]; refused: unknown[] };
  expect(decided.accepted.length).toBeGreaterThan(0);
  expect(decided.refused).toEqual([]);
  for (const a of decided.accepted) expect(a.annotation).toMatchObject({ label, start: byId(a.id).start, end: byId(a.id).end });
  accepted.push(...decided.accepted.map((a) => byId(a.id)));
  // Only what was on screen: each new span touches a paragraph that was in the viewport when Shift+A was pressed.
  for (const a of decided.accepted) {
    await expect(page.locator(`mark[data-k="${a.annotation.id}"]`).first()).toBeAttached();
    const paragraphs = await page
      .locator(`mark[data-k="${a.annotation.id}"]`)
      .evaluateAll((els) => els.map((el) => Number((el.closest("[data-pi]") as HTMLElement).dataset.pi)));
    expect(
      paragraphs.some((pi) => visible.includes(pi)),
      `${a.id} in paragraphs ${paragraphs.join(",")}, on screen ${visible.join(",")}`,
    ).toBe(true);
  }
  await expect(page.getByText(new RegExp(`Accepted ${decided.accepted.length} ${label} suggestions? on screen`))).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/suggestions-workspace.png", fullPage: false });

  await page.reload();
  await expect(page.getByTestId("suggestions")).toBeVisible({ timeout: 20_000 });
  const spansAfter: Span[] = (await api("/annotations")).annotations;
  const added = spansAfter.filter((s) => !spansBefore.some((b) => b.id === s.id));
  const key = (s: { label: string; start: number; end: number }) => `${s.label}:${s.start}:${s.end}`;
  expect(added.map(key).sort()).toEqual(accepted.map(key).sort());
  expect(spansAfter.some((s) => key(s) === key(rejected))).toBe(false);
  const pendingIds = allSuggestions(await api("/suggestions")).map(key);
  for (const s of [...accepted, rejected]) expect(pendingIds).not.toContain(key(s));
  // The accepted ones are drawn as real spans in the text after the reload.
  await expect(page.locator(`mark[data-k="${added[0].id}"]`).first()).toBeAttached();
});
