import { test, expect, signIn } from "./fixtures";
import { signedIn, type Client } from "../support/http-client";

// Two annotators tag the same demo article differently (through the API with their own
// sessions), then the reviewer adjudicates every difference on the review screen with the
// keyboard and buttons; the gold layer and the agreement page show the result.

type Span = { label: string; start: number; end: number; text: string; attributes: Record<string, unknown> };

async function findDocument(c: Client, projectId: string, outlet: string, status: string) {
  const docs = (await c.json("GET", `/api/projects/${projectId}/documents`)).body.documents as {
    id: string;
    outlet: string;
    status: string;
    title: string;
  }[];
  return docs.find((d) => d.outlet.includes(outlet) && d.status === status)!;
}

function spanAt(text: string, label: string, needle: string, attributes: Record<string, unknown> = {}): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const start = Array.from(text.slice(0, at)).length;
  return { label, start, end: start + Array.from(needle).length, text: needle, attributes };
}

test("reviewer adjudicates two annotators' differences into gold with the keyboard", async ({ page, baseUrl }) => {
  const [a1, a2, reviewer] = await Promise.all(
    ["annotator1@example.com", "annotator2@example.com", "reviewer@example.com"].map((e) => signedIn(baseUrl, e)),
  );
  const projectId = ((await reviewer.json("GET", "/api/projects")).body.projects as { id: string }[])[0].id;
  const doc = await findDocument(reviewer, projectId, "Yonhap", "open");
  const text = (await reviewer.json("GET", `/api/documents/${doc.id}`)).body.document.text as string;
  const before = (await reviewer.json("GET", `/api/projects/${projectId}/agreement`)).body;
  const alphaBefore = before.perDocument.find((d: { docId: string }) => d.docId === doc.id).alpha;

  // The annotators disagree on purpose in the headline: a boundary, and a quote only one of them marked.
  const headline = "U.S. committed to improving S. Korea-Japan relations";
  expect(
    (await a1.json("POST", `/api/documents/${doc.id}/annotations`, spanAt(text, "claim", headline, { holder: "U.S.", stance: "asserts" })))
      .status,
  ).toBe(201);
  expect(
    (
      await a2.json(
        "POST",
        `/api/documents/${doc.id}/annotations`,
        spanAt(text, "claim", headline.slice(5), { holder: "U.S.", stance: "asserts" }),
      )
    ).status,
  ).toBe(201);
  expect(
    (await a2.json("POST", `/api/documents/${doc.id}/annotations`, spanAt(text, "quote", "U.S. official", { speaker: "U.S. official" })))
      .status,
  ).toBe(201);

  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await signIn(page, baseUrl, "reviewer@example.com");
  await page.goto(`${baseUrl}/projects/${projectId}`);
  const row = page.getByTestId("document-table").locator("tr", { hasText: doc.title });
  await expect(row.getByTestId("annotator-statuses")).toContainText("Ana Annotator");
  await row.getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { name: "Adjudication" })).toBeVisible();
  await expect(page.getByTestId("adjudication-status")).toHaveText("Not started");

  await page.getByRole("button", { name: "Start adjudication" }).click();
  await expect(page.getByTestId("adjudication-status")).toHaveText("In adjudication");
  await page.getByRole("button", { name: /^Undecided/ }).click();

  const decided = page.getByTestId("decided-count");
  const counts = async () =>
    (await decided.innerText())
      .match(/(\d+) \/ (\d+)/)!
      .slice(1)
      .map(Number);
  const waitForCount = async (n: number) => expect(decided).toHaveText(new RegExp(`^${n} /`));

  // 1st undecided item (the headline's boundary mismatch): edit it into gold as a quote (keyboard: e, then Enter in a field).
  let [done] = await counts();
  const firstKey = await page.getByTestId("item-detail").getAttribute("data-item-key");
  await page.keyboard.press("e");
  const form = page.getByRole("form", { name: "Edit into gold" });
  await form.getByLabel("Label").selectOption("quote");
  await form.getByLabel("Note").fill("reviewer's reading");
  await form.getByLabel("Note").press("Enter");
  await waitForCount(++done);

  // 2nd (the quote only Ben marked): reject with x, undo with u (it comes back), then accept version 1 with the button.
  const secondKey = await page.getByTestId("item-detail").getAttribute("data-item-key");
  expect(secondKey).not.toBe(firstKey);
  await page.keyboard.press("x");
  await waitForCount(++done);
  await page.getByRole("button", { name: /^All/ }).click();
  await page.locator(`[data-item-key="${secondKey}"][role=option]`).click();
  await expect(page.getByTestId("decision-status")).toContainText("Rejected");
  await page.keyboard.press("u");
  await waitForCount(--done);
  await expect(page.getByTestId("decision-status")).toContainText("Undecided");
  await page
    .getByTestId("version")
    .first()
    .getByRole("button", { name: /Accept \(1\)/ })
    .click();
  await waitForCount(done + 1);
  await page.getByRole("button", { name: /^Undecided/ }).click();

  // The rest: move with j/k and accept version 1 with the key "1", until nothing is left.
  for (let guard = 0; guard < 60; guard++) {
    const [n, total] = await counts();
    if (n === total) break;
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await page.keyboard.press("1");
    await waitForCount(n + 1);
  }
  const [n, total] = await counts();
  expect(n).toBe(total);

  // A span nobody made: a, then the range typed in (selecting text in the article fills it too).
  const yearAt = Array.from(text.slice(0, text.indexOf("April 07, 2021") + "April 07, ".length)).length;
  await page.keyboard.press("a");
  const add = page.getByRole("form", { name: "Add a span nobody made" });
  await add.getByLabel("Label").selectOption("date");
  await add.getByLabel("Start").fill(String(yearAt));
  await add.getByLabel("End").fill(String(yearAt + 4));
  await expect(add.getByTestId("span-form-text")).toHaveText("“2021”");
  await add.getByLabel("ISO value").fill("2021");
  await add.getByLabel("Note").press("Enter");
  await expect(page.getByTestId("added-gold")).toContainText("2021");

  await page.getByRole("button", { name: "Mark adjudicated" }).click();
  await expect(page.getByTestId("adjudication-status")).toHaveText("Adjudicated");

  // Gold: one span per decided item except rejections, the edited one as the reviewer made it.
  const view = (await reviewer.json("GET", `/api/documents/${doc.id}/adjudication`)).body;
  expect(view.document.status).toBe("adjudicated");
  expect(view.counts.undecided).toBe(0);
  const gold = (await reviewer.json("GET", `/api/documents/${doc.id}/annotations?layer=gold`)).body.annotations as (Span & {
    id: string;
    note: string;
  })[];
  const kept = view.items.filter((s: { decision: { decision: string } }) => s.decision.decision !== "reject").length;
  expect(gold).toHaveLength(kept + 1);
  expect(gold.filter((g) => g.text === "2021" && g.label === "date")).toHaveLength(1);
  const edited = view.items.find((s: { item: { key: string } }) => s.item.key === firstKey);
  expect(edited.decision.decision).toBe("edit");
  expect(gold.find((g) => g.id === edited.decision.gold.id)).toMatchObject({ label: "quote", text: headline, note: "reviewer's reading" });
  const accepted = view.items.find((s: { item: { key: string } }) => s.item.key === secondKey);
  expect(accepted.decision).toMatchObject({ decision: "accept", version: 1 });

  // The annotators' new disagreement shows in the agreement figures and on the page.
  const after = (await reviewer.json("GET", `/api/projects/${projectId}/agreement`)).body;
  const docAfter = after.perDocument.find((d: { docId: string }) => d.docId === doc.id);
  expect(docAfter.alpha).not.toBe(alphaBefore);
  await page.goto(`${baseUrl}/projects/${projectId}/agreement`);
  const docRow = page.getByTestId("document-agreement").locator("tr", { hasText: doc.title });
  await expect(docRow).toContainText(docAfter.alpha.toFixed(3));
  await expect(page.getByTestId("pair-matrix-f1")).toContainText("Ana Annotator");
  await expect(page.getByTestId("overall-agreement")).toContainText(after.overall.alpha.toFixed(3));
  await docRow.getByRole("link", { name: "Adjudicate" }).click();
  await expect(page.getByTestId("adjudication-status")).toHaveText("Adjudicated");
  expect(pageErrors).toEqual([]);
});

test("a manager reassigns and assigns documents by hand on the progress page", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "admin@example.com");
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: "Progress" }).click();
  const table = page.getByTestId("progress-table");
  await expect(table).toContainText("Ana Annotator");
  const title = "Japan and South Korea hold teleconference on export controls";
  await page.getByRole("button", { name: `Unassign Ben Annotator from ${title}` }).click();
  // Unassigning asks first (issue 11): Cancel changes nothing, confirming unassigns.
  const ask = page.getByRole("dialog", { name: "Unassign Ben Annotator?" });
  await expect(ask).toContainText(title);
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  await expect(table.locator("tr", { hasText: title })).toContainText("2 of 2 assigned");
  await page.getByRole("button", { name: `Unassign Ben Annotator from ${title}` }).click();
  await ask.getByRole("button", { name: "Unassign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unassigned Ben Annotator." })).toBeVisible();
  await expect(table.locator("tr", { hasText: title })).toContainText("1 of 2 assigned");
  await page.getByRole("button", { name: "Distribute automatically" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Made 1 new assignment(s)." })).toBeVisible();
  const row = table.locator("tr", { hasText: title });
  await expect(row).toContainText("2 of 2 assigned");
  await expect(row).toContainText("To do"); // Ben starts again from "to do"
});
